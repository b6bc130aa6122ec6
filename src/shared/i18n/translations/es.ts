import type { Translation } from '../translation';

/**
 * Español (tú): Unknot’s messages by area, typed against the English areas so a
 * missing id fails typecheck, then the catalogue. Not yet checked by a fluent reader (see
 * the README).
 */
export const translation: Translation = {
  name: 'Español',
  messages: {
    app: {
      'duration.seconds': '{seconds} s',
      'duration.minutes': '{minutes} min',
      'duration.hoursMinutes': '{hours} h {minutes} min',
      'duration.wholeMinutes': '{minutes, plural, one {# minuto} other {# minutos}}',

      'week.line': 'Esta semana: {taken}/{breaks} {breaks, plural, one {pausa} other {pausas}}',
      'week.none': 'No hay pausas registradas {current, select, true {esta} other {esa}} semana.',
      'week.headline':
        'Hiciste {taken} de {breaks} {breaks, plural, one {pausa} other {pausas}}{change, select, first { en tu primera semana con Unknot} same {, tantas como {current, select, true {la semana pasada} other {la semana anterior}}} more {, {size} más que {current, select, true {la semana pasada} other {la semana anterior}}} fewer {, {size} menos que {current, select, true {la semana pasada} other {la semana anterior}}} other {}}.',

      'key.enter': 'Intro',
      'key.escape': 'Esc',
      'key.space': 'Espacio',
      'break.none': 'Ahora no toca ninguna pausa.',
      'break.loadError': 'Unknot no pudo cargar esta pausa: {reason}',
      'break.saveError': 'Tu pausa no se guardó: {reason}. Inténtalo de nuevo.',
      'break.kind': '{kind, select, movement {Pausa de movimiento} other {Pausa de postura}}',
      'break.timeFor': 'Es hora de {care} de cuidado',
      'break.standUp': 'Levántate y muévete durante un minuto',
      'break.start': 'Empezar',
      'break.coming': 'Lo que viene',
      'break.eachSide': '{care} por lado',
      'care.seconds': '{seconds} s',
      'care.minutes': '{minutes} min',
      'care.minutesSeconds': '{minutes} min {seconds} s',
      'break.snooze': 'Posponer',
      'break.snoozesLeft':
        '{count, plural, one {Queda # aplazamiento} other {Quedan # aplazamientos}}',
      'break.noSnoozes': 'No quedan aplazamientos para esta pausa',
      'break.strictNoSkip': 'Modo estricto: esta pausa no se puede saltar.',
      'break.skipBreak': 'Saltar la pausa',
      'break.mute': 'Silenciar',
      'break.snoozed': 'Pospuesta. Hasta dentro de unos minutos.',
      'exercise.count': 'Ejercicio {number} de {total}',
      'exercise.fallbackName': 'Muévete con suavidad',
      'exercise.figureSide': '{alt} Lado {side, select, right {derecho} other {izquierdo}}.',
      'exercise.howTo': 'Cómo hacerlo',
      'exercise.yourSide': 'Tu lado {side, select, right {derecho} other {izquierdo}}',
      'exercise.steps': 'Pasos',
      'exercise.feel': 'Sensación:',
      'exercise.stopIf': 'Para si notas',
      'exercise.why': 'Por qué:',
      'exercise.ownHold':
        'Mantén {seconds, plural, one {# segundo} other {# segundos}}{sides, select, both { en cada lado.} other {.}}',
      'exercise.ownReps':
        '{count, plural, one {# repetición lenta} other {# repeticiones lentas}}{sides, select, both { en cada lado.} other {.}}',
      'exercise.ownWhy': 'Tu propio ejercicio, con tus propias palabras.',
      'exercise.ownPicture': 'Tu imagen de {name}',
      'side.word': '{side, select, right {derecho} other {izquierdo}}',
      'hold.paused': 'En pausa',
      'hold.getReadyWalk': 'Prepárate para caminar',
      'hold.getIntoPosition': 'Colócate en posición',
      'hold.switchSides': 'Cambia de lado',
      'hold.walk': 'Camina',
      'hold.action':
        '{kind, select, pressure {Mantén la presión} strength {Sigue} other {Mantén el estiramiento}}',
      'hold.sideAction':
        '{side, select, right {Lado derecho} other {Lado izquierdo}}: {kind, select, pressure {mantén la presión} strength {sigue} other {mantén el estiramiento}}',
      'hold.timeLeft': 'Tiempo restante',
      'hold.progress': 'Progreso del mantenimiento',
      'hold.sideOf': 'Lado {side, select, right {derecho} other {izquierdo}} · {number} de {total}',
      'hold.startsIn': ' · empieza en {seconds} s',
      'hold.pause': 'Pausar',
      'hold.resume': 'Reanudar',
      'hold.startNow': 'Empezar ya',
      'hold.nextSide': 'Siguiente lado',
      'hold.finish': 'Terminar',
      'hold.nextExercise': 'Siguiente ejercicio',
      'hold.strictWait': 'Modo estricto: el temporizador avanza solo.',
      'hold.holdMore': 'Mantén {seconds} s más para seguir, o salta este ejercicio.',
      'hold.skipExercise': 'Saltar este ejercicio',
      'hold.swapFor': 'Cambiar por {name}',
      'hold.anotherExercise': 'otro ejercicio',
      'effort.question': '¿Qué tal ha ido?',
      'effort.tooMuch': 'Demasiado',
      'effort.right': 'Bien',
      'effort.tooLittle': 'Muy poco',
      'effort.saveError': 'No se pudo guardar; la dosis sigue igual.',
      'effort.next': 'La próxima vez: {seconds} s.',
      'effort.same': 'La próxima vez sigue en {seconds} s.',
      'finish.kicker': 'Pausa terminada',
      'finish.title':
        '{outcome, select, completed {¡Bien hecho!} partial {Bien, algo de cuidado} other {Quizá la próxima vez}}',
      'finish.logged':
        '{outcome, select, completed {Registrada como hecha.} partial {Registrada como hecha en parte: se mantuvo al menos la mitad del tiempo previsto.} other {Registrada como saltada: se mantuvo menos de la mitad del tiempo previsto.}}',
      'finish.next':
        '{outcome, select, completed {A trabajar: hasta la próxima pausa.} partial {A trabajar: la próxima pausa puede ir hasta el final.} other {No pasa nada: la próxima pausa es otra oportunidad.}} Esta ventana se cierra sola en un momento.',
      'finish.careBreak': '<b>{care}</b> de cuidado en esta pausa',
      'finish.careToday': '<b>{care}</b> de cuidado hoy',
      'finish.done': 'Hecho',
      'finish.whatYouDid': 'Lo que hiciste',
      'finish.item': '{name}: {held}{partly, select, true { (en parte)} other {}}',
      'safety.region': 'Seguridad',
      'safety.first': 'La seguridad primero',
      'safety.warningSigns': 'Señales de alarma y cuándo parar',
      'safety.answer': 'Responder las preguntas de seguridad (menos de un minuto)',
      'safety.thanksOn':
        'Gracias. Los ejercicios de presión pueden formar parte de tus próximas pausas.',
      'safety.thanks': 'Gracias. {text}',
      'report.legend':
        '¿Tienes alguna de estas señales? Díselo a Unknot y las pausas serán suaves.',
      'report.emergencyNow': 'Una señal de urgencia de arriba, ahora mismo',
      'report.button': 'Informar y mantener mis pausas suaves',
      'report.thanks':
        'Gracias. Deja esta pausa aquí (Saltar). Desde la próxima pausa Unknot solo ofrece movimiento suave, durante 14 días o hasta que te haya visto un profesional.',
      'report.error': 'No se guardó: {reason}',
      'app.windowTitle':
        '{window, select, break {Unknot — pausa} summary {Unknot — tu semana} settings {Unknot — ajustes} onboarding {Unknot — bienvenida} knots {Unknot — encontrar mis nudos} other {Unknot}}',
      'exercise.figureStill': '{label} Las posiciones clave, una al lado de otra.',
      'hold.getReadyMove': 'Prepárate para moverte',
      'hold.move': 'Sigue moviéndote',
    },
    shell: {
      'notice.title': 'Pausa de {kind, select, posture {postura} other {movimiento}} en {in}',
      'notice.waitedTitle':
        '{why, select, call {Tu llamada ha terminado} presenting {Tu presentación ha terminado} dnd {«No molestar» está desactivado} fullscreen {La pantalla completa ha terminado} other {Tu pausa ya ha esperado bastante}}: es hora de {kind, select, posture {un estiramiento de {minutes} minutos} other {un paseo de {minutes} minutos}}',
      'notice.bodyActions': 'Termina tu frase y luego levántate.',
      'notice.bodyNoActions': 'Termina tu frase: la ventana de la pausa se abre sola.',
      'notice.snooze': 'Posponer',
      'notice.startNow': 'Empezar ya',
      'weeklyNotice.title': 'Tu semana con Unknot',
      'weeklyNotice.body':
        '{headline}{streakDays, plural, =0 {} one { Racha de # día{forgiven, plural, =0 {} one { (# día perdonado)} other { (# días perdonados)}}.} other { Racha de # días{forgiven, plural, =0 {} one { (# día perdonado)} other { (# días perdonados)}}.}}',

      'tray.tooltip.paused': 'Unknot: en pausa',
      'tray.tooltip.pausedUntil': 'Unknot: en pausa, continúa en {in}',
      'tray.tooltip.inBreak': 'Unknot: pausa en curso',
      'tray.tooltip.sitting': 'Unknot: sentado {sitting}',
      'tray.tooltip.sittingNext': 'Unknot: sentado {sitting} · próxima pausa en {in}',
      'idle.unavailable': 'Sin detección de inactividad: las pausas siguen el reloj',
      'tray.problems':
        '⚠ {count, plural, one {Un problema con tus datos} other {# problemas con tus datos}}: consulta los Ajustes',
      'tray.breakNow': 'Hacer una pausa ahora',
      'tray.pause': 'Pausar',
      'tray.resume': 'Reanudar',
      'tray.pause30': '30 minutos',
      'tray.pause60': '1 hora',
      'tray.pauseTomorrow': 'Hasta mañana',
      'tray.pauseIndefinitely': 'Hasta que reanude',
      'tray.summary': 'Resumen de esta semana',
      'tray.knots': 'Encontrar mis nudos…',
      'tray.settings': 'Ajustes…',
      'tray.quit': 'Salir de Unknot',
      'tray.meeting': 'En una reunión',
      'tray.meetingOff': 'Terminar la reunión',
      'tray.meetingOn': 'Hasta que lo desactive',
      'tray.atDesk': 'En mi escritorio, sin escribir',
      'tray.standing': 'Estoy de pie',

      'cli.breakNow': 'Empieza una pausa.',
      'cli.pausedFor': 'En pausa durante {length}.',
      'cli.pausedTomorrow': 'En pausa hasta mañana.',
      'cli.pausedUntilResume': 'En pausa hasta que reanudes.',
      'cli.resumed': 'Reanudado.',
      'cli.summary': 'Se abrió el resumen de esta semana.',
      'cli.meetingOff': 'Reunión terminada: las pausas vuelven.',
      'cli.meetingOn': 'En una reunión hasta que lo desactives.',
      'cli.meetingFor': 'En una reunión durante {length}.',
      'cli.standing': 'De pie: sin pausas de postura.',
      'cli.sitting': 'Sentado.',
      'cli.status.pausedUntil': 'En pausa; continúa en {in}.',
      'cli.status.inBreak': 'Hay una pausa en curso.',
      'cli.status.offHours': 'Fuera del horario de trabajo.',
      'cli.status.sitting': 'Sentado: {sitting}',
      'cli.status.next':
        'Próxima pausa: {kind, select, movement {movimiento} other {postura}}, en {in}',
      'cli.status.noNext': 'Próxima pausa: ninguna programada',
      'cli.error.oneCommand': 'Da una sola orden cada vez.',
      'cli.error.meeting': '--meeting admite de 1 a 480 minutos, «on» u «off», no «{value}»',
      'cli.error.pauseWord':
        '--pause admite minutos (1–1440), «tomorrow» o «forever», no «{value}»',
      'cli.error.pauseRange': '--pause admite de 1 a 1440 minutos, no {value}',
      'cli.notRunning': 'Unknot no está en marcha.',

      // store-words: el aviso sin iconos de bandeja y los diálogos de archivos.
      'trayHost.title': 'Unknot está en marcha, pero este escritorio no muestra iconos de bandeja',
      'trayHost.detail':
        'Unknot vive en la barra superior o en la bandeja, y en este escritorio nada muestra iconos de bandeja, así que su menú no está a tu alcance. Las pausas y los avisos siguen llegando a su hora.\n\nEn GNOME, activa la extensión «AppIndicator and KStatusNotifierItem Support» (Ubuntu la incluye como «Ubuntu AppIndicators»; en otros sistemas instala gnome-shell-extension-appindicator) y luego cierra la sesión y vuelve a entrar.\n\nMientras tanto, vuelve a iniciar Unknot desde el lanzador de aplicaciones para abrir sus ajustes.',
      'trayHost.ok': 'Aceptar',
      'trayHost.openSettings': 'Abrir Ajustes',
      'dialog.exportHistory': 'Exportar tu historial de Unknot',
      'dialog.choosePicture': 'Elegir una imagen',
      'dialog.importProgramme': 'Importar un programa',
      'dialog.exportProgramme': 'Exportar tu programa',
      'dialog.filter.csv': 'Hoja de cálculo CSV',
      'dialog.filter.json': 'Datos JSON',
      'dialog.filter.programme': 'Programa de Unknot',
      'dialog.filter.pictures': 'Imágenes (PNG, JPEG, WebP)',
      'cli.error.noAnswer': 'el Unknot en marcha recibió la orden pero no respondió ({cause})',
      'safety.refusal':
        '{reason, select, unanswered {Los ejercicios de presión siguen desactivados hasta que respondas las preguntas de seguridad. Puedes responderlas aquí, en Seguridad.} other {Los ejercicios de presión siguen desactivados hasta que confirmes que un médico o fisioterapeuta te ha dicho que son adecuados para ti.}}',
      'dayMark.outOfRange':
        '{limit, select, ahead {Un día se puede marcar como mucho con un año de antelación.} other {Un día se puede marcar como mucho cinco años atrás.}}',
      'cli.usage':
        'Uso: unknot [--break-now | --pause MINUTOS | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTOS | --standing | --sitting]\n  --break-now        empezar una pausa ahora\n  --pause MINUTOS    suspender las pausas (1–1440 minutos; 60 por defecto); también «tomorrow» o «forever»\n  --resume           reanudar las pausas\n  --summary          abrir el resumen de esta semana\n  --status           mostrar el tiempo sentado y la próxima pausa\n  --meeting MINUTOS  retener las pausas durante una reunión (1–480 minutos; 60 por defecto); «on» hasta «off»\n  --standing         estoy de pie: sin pausas de postura, no cuenta como tiempo sentado\n  --sitting          vuelvo a sentarme',
      'appMenu.window': 'Ventana',
      'appMenu.minimize': 'Minimizar',
      'appMenu.close': '{platform, select, mac {Cerrar ventana} other {Cerrar}}',
    },
    common: {
      'common.language.label': 'Idioma',
      'common.language.system': 'El mismo que el sistema',
      'common.language.hint': 'Los menús, los avisos y todas las ventanas lo siguen.',

      'common.signs.emergency': 'Llama ahora a una ambulancia',
      'common.signs.urgent': 'Ve al médico hoy',
      'common.signs.sources': 'De las páginas del NHS {titles} (nhs.uk/conditions).',
      'common.protective.seeDoctor': 'Ve al médico hoy por lo que has indicado.',
      'common.protective.seen': 'Un médico o fisioterapeuta me ha visto',
      'common.protective.saveFailed': 'No se guardó: {error}',

      'common.tension.intro':
        'Una vez por semana, puntúa la tensión en las zonas que te importan: 0 es ninguna, 10 la peor.',
      'common.tension.areas': 'Zonas',
      'common.tension.area.neck': 'Cuello',
      'common.tension.area.shoulders': 'Hombros',
      'common.tension.area.upperBack': 'Parte alta de la espalda',
      'common.tension.area.chest': 'Pecho',
      'common.tension.area.lowerBack': 'Zona lumbar',
      'common.tension.area.hips': 'Caderas',
      'common.tension.area.glutes': 'Nalgas',
      'common.tension.area.legs': 'Piernas',
      'common.tension.rating': 'Tensión en {area}, de 0 a 10',
      'common.tension.front': 'Delante',
      'common.tension.back': 'Detrás',
      'common.tension.happeningNow': 'Me está pasando una de estas cosas ahora mismo',
      'common.tension.flagsQuestion':
        'Ve al médico hoy: desde la semana pasada, ¿has notado alguna de estas cosas?',
      'common.tension.alsoSee': 'Ve también al médico hoy si tienes: {signs}.',
      'common.tension.gentle':
        'Cualquiera de ellas limita tus pausas a movimientos suaves durante 14 días, o hasta que te vea un profesional.',
      'common.tension.save': 'Guardar registro',
      'common.tension.saved': 'Registro guardado.',
      'common.tension.saveFailed': 'El registro no se guardó: {error}',
      'common.tension.loadFailed': 'No se pudieron cargar los registros anteriores: {error}',
      'common.tension.last': 'Último registro: {date}',

      // core-words: whether pressure exercises are on, and protective mode's rule.
      'common.pressure.unanswered':
        'Los ejercicios de presión (una pelota contra la pared) siguen desactivados hasta que respondas a las preguntas de seguridad. Los estiramientos, la fuerza y el movimiento están activados.',
      'common.pressure.off':
        '{why, select, answers {Los ejercicios de presión están desactivados por: {reasons}.} both {Los ejercicios de presión están desactivados por: {reasons}. Además los desactivaste tú.} ownChoice {Los ejercicios de presión están desactivados porque los desactivaste tú.} other {Los ejercicios de presión están desactivados.}} Los estiramientos, la fuerza y el movimiento siguen activos.',
      'common.pressure.on':
        '{cleared, select, true {Los ejercicios de presión están activados. Le dijiste a Unknot que un profesional te dijo que son adecuados para ti.} other {Los ejercicios de presión están activados.}}',
      'common.protective.reported': 'Indicaste:',
      'common.protective.rule':
        'Hasta que un médico o fisioterapeuta lo haya visto, Unknot limita tus pausas a movimientos suaves: nada de presión ni de ejercicios de fuerza. Esto dura {days, plural, one {# día} other {# días}}, o hasta que digas que te ha visto un profesional.',
    },
    summary: {
      'summary.title': 'Tu semana',
      'summary.loadFailed': 'Unknot no pudo cargar el resumen: {error}',
      'summary.weeks': 'Semanas',
      'summary.previousWeek': '← Semana anterior',
      'summary.nextWeek': 'Semana siguiente →',
      'summary.firstWeekHeadline': 'Tu primera semana empieza aquí.',
      'summary.outcomesHeading': 'Pausas por día',
      'summary.sittingHeading': 'Rato más largo sentado',
      'summary.sittingEmpty': 'Esta semana no se ha registrado tiempo sentado.',
      'summary.areasHeading': 'Cuidado por zona del cuerpo',
      'summary.areasEmpty': 'Esta semana no se ha mantenido ningún ejercicio.',
      'summary.tableHeading': 'La semana en cifras',

      'summary.outcome.completed': 'Completadas',
      'summary.outcome.partial': 'Hechas en parte',
      'summary.outcome.natural': 'Te levantaste por tu cuenta',
      'summary.outcome.skipped': 'Saltadas',
      'summary.outcome.snoozed': 'Aplazadas',
      'summary.outcome.missed': 'Perdidas',
      'summary.area.upperBack': 'Parte alta de la espalda',
      'summary.area.shoulders': 'Hombros',
      'summary.area.neck': 'Cuello',
      'summary.area.chest': 'Pecho',
      'summary.area.forearms': 'Antebrazos y muñecas',
      'summary.area.lowerBack': 'Zona lumbar',
      'summary.area.hips': 'Caderas',
      'summary.area.glutes': 'Glúteos',
      'summary.area.legs': 'Piernas',
      'summary.area.wholeBody': 'Todo el cuerpo (en movimiento)',
      'summary.area.other': 'Otros',
      'summary.chartLabel':
        'Pausas por día según el resultado; las mismas cifras están en la tabla de abajo',

      'summary.figures.label': 'La semana de un vistazo',
      'summary.figures.completion': 'Cumplimiento',
      'summary.figures.care': 'Minutos de cuidado',
      'summary.figures.daysWithCare': 'Días con cuidado',
      'summary.figures.daysOf': '{days} de 7',
      'summary.figures.streak': 'Racha',
      'summary.streak':
        '{days, plural, =0 {Aún no hay racha} one {Racha de # día} other {Racha de # días}}{forgiven, plural, =0 {} one { (# día perdonado)} other { (# días perdonados)}}',
      'summary.figures.natural': 'Te levantaste por tu cuenta',
      'summary.figures.boutsOver60': 'Ratos sentado de más de 60 min',
      'summary.figures.standing': 'De pie en el escritorio',
      'summary.figures.held': 'Pausas que esperaron a una llamada o a «No molestar»',

      'summary.table.scrollCue': 'Desplaza hacia el lado para ver más columnas →',
      'summary.table.region': 'La semana en cifras, se desplaza hacia el lado',
      'summary.table.caption': 'La semana día a día',
      'summary.table.day': 'Día',
      'summary.table.taken': 'Pausas hechas',
      'summary.table.breaks': 'Pausas',
      'summary.table.natural': 'Por tu cuenta',
      'summary.table.care': 'Cuidado',
      'summary.table.sitting': 'Sentado',
      'summary.table.longestBout': 'Rato más largo',
      'summary.table.standing': 'De pie',
      'summary.table.held': 'Retenidas por una llamada',
      'summary.table.week': 'Semana',

      'summary.days.heading': 'Días',
      'summary.days.list': 'Los días de la semana',
      'summary.days.state':
        '{state, select, holiday {Vacaciones} sick {Enfermedad} care {Cuidado} other {Sin cuidado}}',
      'summary.days.unmark': 'Quitar marca',
      'summary.days.unmarkDay': 'Quitar la marca de {day}',
      'summary.days.marked':
        '{day} marcado como {kind, select, holiday {día de vacaciones} other {día de enfermedad}}.',
      'summary.days.unmarked': 'Marca quitada de {day}.',
      'summary.days.notMarked': 'No se marcó: {error}',
      'summary.days.explain': 'Un día de vacaciones o de enfermedad sin cuidado no rompe tu racha.',
      'summary.days.day': 'Día',
      'summary.days.markAs': 'Marcar como',
      'summary.days.holiday': 'Vacaciones previstas',
      'summary.days.sick': 'Día de enfermedad',
      'summary.days.submit': 'Marcar día',

      'summary.export.heading': 'Tu historial',
      'summary.export.intro':
        'Cada pausa que Unknot ha registrado, como hoja de cálculo (CSV) o como datos (JSON).',
      'summary.export.csv': 'Exportar CSV',
      'summary.export.json': 'Exportar JSON',
      'summary.export.busy': 'Exportando…',
      'summary.export.saved':
        '{rows, plural, one {# pausa guardada} other {# pausas guardadas}} en {path}.',
      'summary.export.cancelled': 'Exportación cancelada; no se guardó nada.',
      'summary.export.failed': 'La exportación falló: {error}',

      'summary.first.heading': 'Empieza con una pausa',
      'summary.first.start': 'Hacer una pausa ahora',
      'summary.first.opening': 'Tu pausa se está abriendo en su propia ventana.',
      'summary.first.failed': 'No se pudo empezar la pausa: {error}',
      'summary.first.also': 'Unknot también te ofrece una cuando llevas un rato sentado.',
      'summary.first.previewHeading': 'Lo que aparecerá aquí',
      'summary.first.takenTerm': 'Pausas hechas',
      'summary.first.takenDetail': 'cuántas de las pausas que te ofreció Unknot hiciste, día a día',
      'summary.first.careTerm': 'Minutos de cuidado',
      'summary.first.careDetail': 'el tiempo que mantuviste cada ejercicio, por zona del cuerpo',
      'summary.first.sittingTerm': 'Tu rato más largo sentado',
      'summary.first.sittingDetail': 'el tiempo más largo que estuviste sentado cada día sin pausa',
      'summary.first.streakTerm': 'Tu racha',
      'summary.first.streakDetail':
        'días con al menos un minuto de cuidado; se perdona un día laborable perdido',

      'summary.trend.heading': 'Tensión y pausas',
      'summary.trend.loadFailed': 'Unknot no pudo cargar tus registros de tensión: {error}',
      'summary.trend.checkInHeading': 'Registro semanal de tensión',
      'summary.trend.chartLabel':
        'Tensión media y proporción de pausas hechas por semana; las mismas cifras están en la tabla de abajo',
      'summary.trend.legendTaken': 'Pausas hechas (% de las pausas, escala derecha)',
      'summary.trend.legendTension': 'Tensión media (0–10, escala izquierda)',
      'summary.trend.region': 'Tabla de tensión, se desplaza hacia el lado',
      'summary.trend.caption': 'Tensión y pausas, semana a semana',
      'summary.trend.weekOf': 'Semana del',
      'summary.trend.tension': 'Tensión media',
      'summary.trend.checkIns': 'Registros',
      'summary.trend.share': 'Proporción hecha',
      'summary.trend.noCheckIn': 'Sin registro',
    },
    onboarding: {
      'onboarding.step': 'Paso {step} de {total}',
      'onboarding.back': 'Atrás',
      'onboarding.next': 'Siguiente',
      'onboarding.finish': 'Terminar',
      'onboarding.skip': 'Omitir por ahora',
      'onboarding.saveFailed': 'No se guardó: {error}. Inténtalo de nuevo.',
      'onboarding.loadFailed': 'Unknot no pudo cargar tus ajustes: {error}',
      'onboarding.sitting.title': 'Pausas cortas y frecuentes',
      'onboarding.sitting.body':
        'Unknot nota cuánto tiempo llevas sentado ante el ordenador, por la actividad del teclado y del ratón, y te propone una breve pausa de postura cada 30 minutos más o menos. El tiempo lejos del ordenador cuenta como pausa.',
      'onboarding.routine.title': 'Uno o dos minutos de cuidado',
      'onboarding.routine.body':
        'Cada pausa te guía durante uno a tres minutos: un estiramiento, un paseo corto o una pelota apoyada contra la pared sobre un punto tenso. Un temporizador cuenta cada posición por ti.',
      'onboarding.habit.title': 'Mejor regular que intenso',
      'onboarding.habit.body':
        'Unknot registra lo que hiciste y te muestra una vez por semana lo regular que has sido. Un día perdido no borra tu progreso.',
      'onboarding.equipment.title': '¿Qué tienes a mano?',
      'onboarding.equipment.legend':
        'Unknot solo te propone ejercicios para los que tienes lo necesario.',
      'onboarding.equipment.ball': 'Una pelota firme (de tenis o de lacrosse)',
      'onboarding.equipment.wall': 'Un trozo de pared libre',
      'onboarding.equipment.doorway': 'El marco de una puerta',
      'onboarding.equipment.chair': 'Una silla estable',
      'onboarding.safety.title': 'Una breve comprobación de seguridad',
      'onboarding.safety.intro':
        'Presionar los puntos tensos no es adecuado para todo el mundo. Tus respuestas se quedan en este ordenador.',
      'onboarding.redFlags.title': 'Cuándo acudir a un profesional',
      'onboarding.redFlags.yesTo': 'Respondiste que sí a: {reasons}.',
      'onboarding.done.title': 'Todo listo',
      'onboarding.done.body':
        'Unknot está en la bandeja del sistema y te propondrá tu primera pausa cuando lleves un rato sentado. Puedes cambiarlo todo en Ajustes.',
      'onboarding.later.title': 'Quizá más tarde',
      'onboarding.later.body':
        'Puedes hacer la bienvenida y la comprobación de seguridad cuando quieras desde Ajustes, en Seguridad.',
      'onboarding.close': 'Cerrar',

      'onboarding.answer': '{yes, select, true {Sí} other {No}}',
      'onboarding.answerMissing': 'Elige sí o no.',
      'onboarding.inline.question': '¿Te ocurre alguna de estas cosas?',
      'onboarding.inline.none': 'No me ocurre ninguna',
      'onboarding.inline.some': 'Me ocurre una o más',
      'onboarding.inline.save': 'Guardar mis respuestas',
      'onboarding.inline.saveFailed':
        'Tus respuestas no se guardaron: {error}. Inténtalo de nuevo.',
    },
    knots: {
      'knots.title': 'Encontrar mis nudos',
      'knots.loadFailed': 'Unknot no pudo abrir el buscador de nudos: {error}',
      'knots.savedTitle': 'Tu revisión está guardada',
      'knots.close': 'Cerrar',
      'knots.saveFailed': 'Tus marcas no se guardaron: {error}. Inténtalo de nuevo.',
      'knots.back': 'Atrás',
      'knots.skip': 'Saltar este punto',
      'knots.save': 'Guardar mi revisión',
      'knots.start': 'Empezar',
      'knots.nextSpot': 'Punto siguiente',

      'knots.progress': 'Punto {position} de {total}',
      'knots.howToFind': 'Cómo encontrarlo',
      'knots.howFirmly': 'Con qué firmeza presionar',
      'knots.withoutPressing': 'Sin presionar',
      'knots.restHand': 'Apoya la mano ahí y nota si se siente tenso o dolorido. No presiones.',
      'knots.stopWith': 'Para de inmediato si notas:',
      'knots.stopSigns': '{signs}.',
      'knots.tenderQuestion': '¿Qué sensibilidad tenía?',
      'knots.tenderness':
        '{level, plural, =0 {Nada sensible} =1 {Algo sensible} other {Muy sensible}}',

      'knots.skippedAll': 'Saltaste todos los puntos, así que esta vez no se marcó nada.',
      'knots.marks': 'Tus marcas',
      'knots.mark':
        '{spot}: {level, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}}',
      'knots.favour':
        'Tus próximas pausas darán preferencia a ejercicios para {spots}, dentro de tus respuestas de seguridad.',
      'knots.noneTender':
        'Ningún punto estaba sensible: tus pausas siguen rotando por todas las zonas.',
      'knots.changes': 'Desde tu revisión anterior',
      'knots.change':
        '{spot}: {change, select, eased {se ha aliviado} same {más o menos igual} other {más sensible}} ({from, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}} → {to, plural, =0 {nada sensible} =1 {algo sensible} other {muy sensible}})',
      'knots.heading': 'Nudos',
      'knots.changesFailed': 'No se pudieron cargar los resultados del buscador de nudos: {error}',
      'knots.notChecked': 'Todavía no has revisado tus nudos.',
      'knots.checkAgain':
        'Vuelve a revisar dentro de una semana o así para ver qué puntos se aliviaron.',
      'knots.eased': 'Aliviados desde la revisión anterior: {spots}.',
      'knots.open': 'Encontrar mis nudos…',
    },
    settings: {
      'settings.title': 'Ajustes',
      'settings.loadFailed': 'Unknot no pudo cargar tus ajustes: {error}',
      'settings.idleUnavailable':
        'Detección de inactividad no disponible: las pausas siguen el reloj. Este escritorio no le dice a Unknot cuándo escribiste o moviste el ratón por última vez, así que no nota el tiempo que pasas lejos del ordenador.',
      'settings.fileProblems':
        'Algunos ajustes de tu archivo de ajustes no se podían usar y se restablecieron:',
      'settings.fileProblem': 'Ajuste {path}: {message}',
      'settings.fileProblemWhole': 'El archivo: {message}',
      'settings.resetAll': 'Restablecer todos los ajustes',
      'settings.footer':
        'Los cambios se aplican en cuanto son válidos. Restablecer nunca cambia tus respuestas de seguridad.',
      'settings.nav.label': 'Páginas de ajustes',
      'settings.nav.breaks': 'Pausas',
      'settings.nav.workingHours': 'Horario de trabajo',
      'settings.nav.equipment': 'Material',
      'settings.nav.safety': 'Seguridad',
      'settings.nav.programme': 'Mi programa',
      'settings.nav.tension': 'Tensión',
      'settings.nav.sound': 'Sonidos',
      'settings.nav.shortcuts': 'Atajos',
      'settings.nav.calendar': 'Inicio y semana',
      'settings.nav.appearance': 'Apariencia',
      'settings.nav.data': 'Tus datos',
      'settings.reset':
        '{section, select, breaks {Restablecer las pausas} workingHours {Restablecer el horario de trabajo} equipment {Restablecer material y ejercicios} sound {Restablecer los sonidos} shortcuts {Restablecer los atajos} calendar {Restablecer inicio y semana} other {Restablecer la apariencia}}',
      'settings.save.label': 'Estado del guardado',
      'settings.save.saved': 'Guardado',
      'settings.save.notSaved': 'No guardado: {problem}',
      'settings.save.refused':
        'Algunos ajustes no se guardaron: mira los mensajes junto a los campos.',
      'settings.save.failed': 'Tu cambio no se guardó: {error}',
      'settings.save.resetDone': 'Restablecido y guardado',
      'settings.save.resetFailed': 'No se pudo restablecer: {error}',
      'settings.timeFormat':
        '{hours, select, 12 {formato de 12 horas, por ejemplo {sample}} other {formato de 24 horas, por ejemplo {sample}}}',
      'settings.unit.minutes': 'minutos',
      'settings.unit.seconds': 'segundos',
      'settings.unit.snoozes': 'veces',

      'settings.breaks.title': 'Pausas',
      'settings.breaks.postureEvery': 'Pausa de postura tras estar sentado',
      'settings.breaks.postureEveryHint':
        'De 20 a 60 minutos; cada 20 a 30 minutos va bien a la mayoría',
      'settings.breaks.postureLength': 'Duración de la pausa de postura',
      'settings.breaks.postureLengthHint': 'De 30 a 90 segundos',
      'settings.breaks.movementEvery': 'Pausa de movimiento tras estar sentado',
      'settings.breaks.movementEveryHint': 'De 30 a 120 minutos',
      'settings.breaks.movementLength': 'Duración de la pausa de movimiento',
      'settings.breaks.movementLengthHint': 'De 3 a 5 minutos caminando',
      'settings.breaks.noticeLead': 'Avisarme con esta antelación',
      'settings.breaks.noticeLeadHint': 'El tiempo de aviso: de 0 a 300 segundos',
      'settings.breaks.natural': 'Tiempo lejos del ordenador que cuenta como pausa',
      'settings.breaks.naturalHint': 'Una pausa natural: de 1 a 15 minutos',
      'settings.breaks.typingPause': 'Mostrar la pausa cuando deje de escribir durante',
      'settings.breaks.typingPauseHint': 'La pausa de escritura: de 1 a 10 segundos',
      'settings.breaks.grace': 'Si sigo escribiendo, mostrar la pausa igualmente tras',
      'settings.breaks.graceHint': 'El margen: de 0 a 120 segundos',
      'settings.breaks.missedAfter': 'Si no respondo a una pausa, contarla como perdida tras',
      'settings.breaks.missedAfterHint': 'De 1 a 60 minutos',
      'settings.breaks.snooze': 'Posponer durante',
      'settings.breaks.snoozeHint': 'De 1 a 30 minutos',
      'settings.breaks.snoozeLimit': 'Veces seguidas que se puede posponer',
      'settings.breaks.snoozeLimitHint': 'De 0 a 5',
      'settings.breaks.strict': 'No dejarme saltar una pausa',
      'settings.breaks.strictHint':
        'Modo estricto: sin botón para saltar; posponer sigue el límite de arriba.',
      'settings.focus.unknown': 'No se pudo comprobar si Unknot puede ver aquí tus llamadas.',
      'settings.focus.none':
        'En este ordenador Unknot no puede saber cuándo estás en una llamada, presentando o en «No molestar», así que las pausas no esperan por sí solas.',
      'settings.focus.intro': 'Las pausas esperan, y llegan cuando termina, mientras Unknot ve:',
      'settings.focus.source':
        '{source, select, inhibitor {llamadas y presentaciones que mantienen la pantalla encendida} kde {«No molestar» en KDE} gnome {«No molestar» en GNOME} camera {la cámara en uso} fullscreen {una ventana a pantalla completa} windows {modo presentación, apps a pantalla completa y asistente de concentración} other {la cámara o el micrófono en uso}}',
      'settings.focus.manual':
        '«En una reunión» en la bandeja y <code>unknot --meeting 60</code> detienen las pausas cuando lo pidas.',

      'settings.hours.title': 'Horario de trabajo',
      'settings.hours.intro': 'Fuera de este horario Unknot no dice nada.',
      'settings.hours.enabled': 'Proponer pausas solo en horario de trabajo',
      'settings.hours.legend': 'Tus días de trabajo',
      'settings.hours.off':
        'Activa «Proponer pausas solo en horario de trabajo» para fijar el horario.',
      'settings.hours.timeFormat':
        '{hours, select, 12 {Horas en formato de 12 horas, por ejemplo {sample}.} other {Horas en formato de 24 horas, por ejemplo {sample}.}}',
      'settings.hours.none': 'Sin horario de trabajo',
      'settings.hours.from': 'De',
      'settings.hours.to': 'a',
      'settings.hours.rangeStart': '{day}, tramo {number}, inicio',
      'settings.hours.rangeEnd': '{day}, tramo {number}, fin',
      'settings.hours.removeRange': 'Quitar {day}, tramo {number}',
      'settings.hours.remove': 'Quitar',
      'settings.hours.addRange': 'Añadir un tramo el {day}',

      'settings.equipment.title': 'Material y ejercicios',
      'settings.equipment.legend': 'Lo que tienes',
      'settings.equipment.ball': 'Una pelota firme (de tenis o de lacrosse)',
      'settings.equipment.wall': 'Un trozo de pared libre',
      'settings.equipment.doorway': 'Un marco de puerta',
      'settings.equipment.chair': 'Una silla estable',
      'settings.equipment.band': 'Una banda elástica de ejercicio',
      'settings.equipment.foamRoller': 'Un rodillo de espuma',
      'settings.equipment.hint': 'Unknot solo ofrece ejercicios para los que tienes el material.',
      'settings.equipment.exercises': 'Ejercicios',
      'settings.equipment.pressureOff':
        '{state, select, unanswered {Desactivado hasta que respondas las preguntas de seguridad: los ejercicios de presión siguen desactivados hasta entonces (ver Seguridad).} off {Desactivado por ahora: tus respuestas de seguridad desactivaron los ejercicios de presión (ver Seguridad).} other {Desactivado por ahora: solo movimiento suave mientras se revisa tu señal de alarma (ver Seguridad).}}',

      'settings.safety.title': 'Seguridad',
      'settings.safety.turnOff': 'Desactivar los ejercicios de presión',
      'settings.safety.professional':
        'Un médico o fisioterapeuta me dijo que los ejercicios de presión son adecuados para mí',
      'settings.safety.turnOn': 'Volver a activar los ejercicios de presión',
      'settings.safety.sites':
        'Los ejercicios que cargan estas zonas quedan fuera tras tu operación o lesión: {sites}. Pregunta a tu cirujano o fisioterapeuta qué estiramientos son seguros y luego vuelve a activarlos aquí.',
      'settings.safety.siteName':
        '{site, select, neck {cuello} shoulder {hombro o brazo} chest {pecho} upperBack {parte alta de la espalda} lowerBack {zona lumbar} abdomen {vientre (abdomen)} hip {cadera} knee {rodilla o pierna} other {parte del cuerpo}}',
      'settings.safety.siteBack':
        '{site, select, neck {Volver a activar los ejercicios para el cuello} shoulder {Volver a activar los ejercicios para el hombro o el brazo} chest {Volver a activar los ejercicios para el pecho} upperBack {Volver a activar los ejercicios para la parte alta de la espalda} lowerBack {Volver a activar los ejercicios para la zona lumbar} abdomen {Volver a activar los ejercicios para el vientre (abdomen)} hip {Volver a activar los ejercicios para la cadera} other {Volver a activar los ejercicios para la rodilla o la pierna}}',
      'settings.safety.askAgain': 'Responder de nuevo a las preguntas de seguridad',
      'settings.safety.welcomeAgain': 'Repasar de nuevo la bienvenida y la revisión de seguridad',
      'settings.safety.warningSigns': 'Señales de alarma',

      'settings.tension.title': 'Registro de tensión',
      'settings.sound.title': 'Sonidos',
      'settings.sound.enabled': 'Reproducir un sonido suave para cambiar de lado',
      'settings.sound.legend': 'El sonido',
      'settings.sound.off':
        'Activa «Reproducir un sonido suave para cambiar de lado» para ajustar el volumen.',
      'settings.sound.volume': 'Volumen',
      'settings.sound.volumeHint': 'De 0 a 100 %',
      'settings.shortcuts.title': 'Atajos',
      'settings.shortcuts.intro':
        'Los atajos globales funcionan en todas las apps, así que están desactivados hasta que los actives.',
      'settings.shortcuts.enabled': 'Usar atajos globales',
      'settings.shortcuts.legend': 'Tus atajos',
      'settings.shortcuts.off': 'Activa «Usar atajos globales» para grabarlos.',
      'settings.shortcuts.breakNow': 'Hacer una pausa ahora',
      'settings.shortcuts.pauseHour': 'Detener durante una hora',
      'settings.shortcuts.hint':
        'Haz clic aquí y pulsa las teclas a la vez. Escape cancela, Retroceso borra.',
      'settings.keys.name':
        '{key, select, Shift {Mayús} Command {Comando} Option {Opción} Space {Espacio} Delete {Supr} Insert {Insert} Home {Inicio} End {Fin} PageUp {Re Pág} PageDown {Av Pág} Up {Flecha arriba} Down {Flecha abajo} Left {Flecha izquierda} Right {Flecha derecha} other {{key}}}',
      'settings.shortcuts.none': 'Ninguno',
      'settings.shortcuts.taken':
        '{keys} ya lo usa otra app o el sistema, así que aquí no hace nada. Pulsa otra combinación.',
      'settings.shortcuts.refused':
        'Este sistema no acepta {keys} como atajo. Pulsa otra combinación.',
      'settings.shortcuts.cancelled': 'Cancelado: el atajo sigue siendo {keys}.',
      'settings.shortcuts.cancelledOff': 'Cancelado: el atajo sigue desactivado.',
      'settings.shortcuts.noModifier':
        '{os, select, mac {Mantén Comando, Opción o Mayúsculas con la tecla: un atajo sin ellas quitaría esa tecla a todas las apps.} other {Mantén Ctrl, Alt o Mayúsculas con la tecla: un atajo sin ellas quitaría esa tecla a todas las apps.}}',
      'settings.shortcuts.unusableKey':
        '{key} no puede formar parte de un atajo. Usa una letra, un dígito o de F1 a F24.',
      'settings.calendar.title': 'Inicio y semana',
      'settings.calendar.launch': 'Iniciar Unknot al iniciar sesión',
      'settings.calendar.weekStart': 'Las semanas empiezan el',
      'settings.calendar.systemWeek': 'Como diga mi sistema',
      'settings.calendar.summary': 'Mostrar un resumen semanal',
      'settings.calendar.summaryLegend': 'Cuándo aparece el resumen',
      'settings.calendar.summaryOff':
        'Activa «Mostrar un resumen semanal» para elegir cuándo aparece.',
      'settings.calendar.summaryDay': 'Día del resumen',
      'settings.calendar.summaryTime': 'Hora del resumen',
      'settings.appearance.title': 'Apariencia',
      'settings.appearance.theme': 'Tema',
      'settings.appearance.system': 'Igual que el sistema',
      'settings.appearance.light': 'Claro',
      'settings.appearance.dark': 'Oscuro',
      'settings.appearance.dim': 'Oscurecer las otras pantallas durante una pausa',
      'settings.appearance.dimHint':
        'Con varios monitores, la pausa aparece en el que tiene el puntero.',
      'settings.release.legend': 'Sesión diaria de liberación',
      'settings.release.about':
        'Una vez al día, 3–5 minutos de presión sostenida con la pelota o el rodillo a un nivel tolerable de 5–7 sobre 10, con un estiramiento. Solo aparece si tus respuestas de seguridad permiten la presión. Sáltala cuando quieras.',
      'settings.release.enabled': 'Ofrecer una sesión diaria de liberación',
      'settings.release.when': 'Cuándo',
      'settings.release.endOfHours': 'Al final del horario de trabajo',
      'settings.release.atTime': 'A una hora fija',
      'settings.release.time': 'Hora',

      'settings.data.title': 'Tus datos',
      'settings.data.intro': 'Los ajustes y el historial se quedan en este ordenador.',
      'settings.data.folder': 'Carpeta: <code>{folder}</code>',
      'settings.data.open': 'Abrir la carpeta de datos',
      'settings.data.exportCsv': 'Exportar el historial como CSV',
      'settings.data.exportJson': 'Exportar el historial como JSON',
      'settings.data.opened': 'Se abrió {path}.',
      'settings.data.openFailed': 'No se pudo abrir la carpeta: {error}',
      'settings.data.exported':
        '{rows, plural, one {Se guardó # fila en {path}.} other {Se guardaron # filas en {path}.}}',
      'settings.data.cancelled': 'Exportación cancelada.',
      'settings.data.exportFailed': 'El historial no se exportó: {error}',
      'settings.data.problemsUnknown': 'No se pudo comprobar si tus datos tienen problemas.',
      'settings.data.noProblems': 'Tus datos no tienen problemas.',
      'settings.data.problems':
        '{count, plural, one {Un problema con tus datos} other {Problemas con tus datos}}',
      'settings.data.dismiss': 'Descartar',
      // settings-words: the time field's own controls
      'settings.time.hour': 'Hora',
      'settings.time.minute': 'Minuto',
      'settings.time.dayPeriod': 'Mañana o tarde',
      'settings.time.unset': '––',
      'settings.focus.legend': 'Llamadas, presentaciones y «No molestar»',
      'settings.focus.dnd': 'Mientras «No molestar» está activado',
      'settings.focus.dndHold': 'Retener la pausa hasta que termine',
      'settings.focus.dndQuiet': 'Dejar que llegue con un aviso silencioso',
      'settings.focus.dndHint':
        '«No molestar»: retener o aviso silencioso; el aviso silencioso y su pausa llegan sin sonido',
      'settings.focus.maxHold': 'Retener una pausa como máximo',
      'settings.focus.maxHoldHint':
        'La retención más larga: de {min} a {max} minutos; después la pausa llega igualmente, sin sonido',
      'settings.focus.standing': 'Volver a contar el tiempo sentado tras estar de pie',
      'settings.focus.standingHint':
        'El tiempo de pie tras «Estoy de pie»: de {min} a {max} minutos',
    },
    'settings-programme': {
      'settings.programme.title': 'Mi programa',
      'settings.programme.intro':
        'Deja que Unknot vaya rotando los ejercicios, o haz los mismos {min} a {max} en cada pausa, por ejemplo los que te dio un fisioterapeuta.',
      'settings.programme.legend': 'En cada pausa',
      'settings.programme.rotation': 'Rotar los ejercicios',
      'settings.programme.fixed': 'Hacer mi programa',
      'settings.programme.fixedHint':
        'Elige antes al menos {min} ejercicios abajo. Las respuestas de seguridad siguen valiendo: un ejercicio que descartan queda fuera, y aquí se indica.',
      'settings.programme.list': 'Tu programa',
      'settings.programme.empty': 'Todavía no has elegido ejercicios.',
      'settings.programme.leftOut':
        '{reason, select, protective {queda fuera mientras las pausas sean suaves tras una señal de alarma} pressure {queda fuera: la presión sigue desactivada hasta que la revisión de seguridad la permita} condition {queda fuera por tus respuestas de seguridad} operationSite {queda fuera: carga la zona de tu operación o lesión} equipment {queda fuera: necesita material que no has marcado} pressureToday {queda fuera: como mucho {perDay} ejercicios de presión al día} pressureSession {queda fuera: como mucho {minutes} minutos de presión en una pausa} other {queda fuera: este ejercicio ya no existe}}',
      'settings.programme.up': 'Subir',
      'settings.programme.down': 'Bajar',
      'settings.programme.remove': 'Quitar',
      'settings.programme.moveUp': 'Subir {name}',
      'settings.programme.moveDown': 'Bajar {name}',
      'settings.programme.removeNamed': 'Quitar {name}',
      'settings.programme.toAdd': 'Ejercicio para añadir',
      'settings.programme.choose': 'Elige un ejercicio',
      'settings.programme.add': 'Añadir al programa',
      'settings.programme.full': 'Un programa tiene como mucho {max} ejercicios.',
      'settings.programme.own': 'Tus propios ejercicios',
      'settings.programme.ownEmpty': 'Ninguno todavía.',
      'settings.programme.delete': 'Eliminar',
      'settings.programme.deleteNamed': 'Eliminar {name}',
      'settings.programme.saidMoved': '{name} es ahora el número {position}.',
      'settings.programme.saidRemoved': '{name} se quitó del programa.',
      'settings.programme.saidAdded': '{name} añadido.',
      'settings.programme.saidDeleted': '{name} eliminado.',
      'settings.programme.saidRotation': 'La rotación está activada.',
      'settings.programme.saidFixed': 'Tu programa está activado.',

      'settings.own.legend': 'Añadir un ejercicio propio',
      'settings.own.name': 'Nombre',
      'settings.own.steps': 'Pasos, uno por línea',
      'settings.own.kind': 'Tipo',
      'settings.own.kindOption':
        '{kind, select, stretch {Estiramiento} strength {Fuerza o resistencia} movement {Movimiento} other {Presión sobre una pelota}}',
      'settings.own.area': 'Zona del cuerpo',
      'settings.own.areaOption':
        '{area, select, upperBack {parte alta de la espalda} hips {caderas} chest {pecho} glutes {glúteos} neck {cuello} lowerBack {zona lumbar} legs {piernas} forearms {antebrazos} shoulders {hombros} other {todo el cuerpo}}',
      'settings.own.sides': 'Lados',
      'settings.own.sidesOne': 'Uno (o el centro)',
      'settings.own.sidesBoth': 'Ambos, primero izquierdo y luego derecho',
      'settings.own.dose': 'Dosis',
      'settings.own.doseHold': 'Mantener unos segundos',
      'settings.own.doseRepetitions': 'Repeticiones',
      'settings.own.amount':
        '{unit, select, seconds {Segundos ({min}–{max})} other {Repeticiones ({min}–{max})}}',
      'settings.own.choosePicture': 'Elegir una imagen (opcional)',
      'settings.own.chooseAnother': 'Elegir otra imagen',
      'settings.own.pictureAdded': 'Imagen añadida.',
      'settings.own.add': 'Añadir el ejercicio',

      'settings.programmeFile.legend': 'Archivo del programa',
      'settings.programmeFile.hint':
        'Un archivo JSON con tu programa, tus propios ejercicios y sus imágenes.',
      'settings.programmeFile.export': 'Exportar el programa…',
      'settings.programmeFile.import': 'Importar un programa…',
      'settings.programmeFile.saved': 'Guardado en {path}.',
      'settings.programmeFile.savedLeftOut':
        'Guardado en {path}. Imágenes que faltan y se dejaron fuera: {pictures}.',
      'settings.programmeFile.unchanged': 'No se cambió nada. {error}',
      'settings.programmeFile.imported':
        '{count, plural, one {Se importaron el programa y # ejercicio propio.} other {Se importaron el programa y # ejercicios propios.}}',

      // Editing an own exercise in place.
      'settings.own.editLegend': 'Editar {name}',
      'settings.own.saveChanges': 'Guardar cambios',
      'settings.own.cancel': 'Cancelar',
      'settings.programme.edit': 'Editar',
      'settings.programme.editNamed': 'Editar {name}',
      'settings.programme.saidSaved': '{name} guardado.',
    },
    'settings-errors': {
      'settings.error.invalid': 'Este valor no se puede usar',
      'settings.error.notObject': 'Los ajustes no eran una lista de valores con nombre',
      'settings.error.unknownVersion':
        'Versión de ajustes desconocida {version}; se leyó como versión 1',
      'settings.error.newerVersion':
        'Estos ajustes vienen de un Unknot más nuevo (versión {version}); se guardó una copia y se ignoran los ajustes que esta versión no conoce',
      'settings.error.time': 'Escribe una hora completa, horas y minutos',
      'settings.error.endBeforeStart': 'El final debe ser posterior al inicio',
      'settings.error.rangesPerDay':
        '{max, plural, one {Como máximo # franja al día} other {Como máximo # franjas al día}}',
      'settings.error.rangesOverlap': 'Las franjas de un mismo día no deben solaparse',
      'settings.error.characters':
        '{max, plural, one {Como máximo # carácter} other {Como máximo # caracteres}}',
      'settings.error.shortcutForm':
        'Usa una o más teclas modificadoras y una tecla, como CommandOrControl+Alt+B',
      'settings.error.shortcutTaken': 'Ya se usa para «{action}»',
      'settings.error.minutes.number': 'Escribe un número de minutos',
      'settings.error.minutes.whole': 'Usa minutos enteros',
      'settings.error.minutes.atLeast':
        '{min, plural, one {Como mínimo # minuto} other {Como mínimo # minutos}}',
      'settings.error.minutes.atMost':
        '{max, plural, one {Como máximo # minuto} other {Como máximo # minutos}}',
      'settings.error.seconds.number': 'Escribe un número de segundos',
      'settings.error.seconds.whole': 'Usa segundos enteros',
      'settings.error.seconds.atLeast':
        '{min, plural, one {Como mínimo # segundo} other {Como mínimo # segundos}}',
      'settings.error.seconds.atMost':
        '{max, plural, one {Como máximo # segundo} other {Como máximo # segundos}}',
      'settings.error.snoozes.number': 'Escribe un número de aplazamientos',
      'settings.error.snoozes.whole': 'Usa un número entero de aplazamientos',
      'settings.error.snoozes.atLeast':
        '{min, plural, one {Como mínimo # aplazamiento} other {Como mínimo # aplazamientos}}',
      'settings.error.snoozes.atMost':
        '{max, plural, one {Como máximo # aplazamiento} other {Como máximo # aplazamientos}}',
      'settings.error.keepOneExercise': 'Deja al menos un ejercicio activado',
      'settings.error.exerciseLevels': 'Como máximo {max} niveles de ejercicio',
      'settings.error.volumeNumber': 'Escribe un volumen de 0 a 100 %',
      'settings.error.volumeRange': 'Usa un volumen de 0 a 100 %',
      'settings.error.date': 'Usa una fecha como 2026-11-23',
      'settings.error.dayMarks': 'Como máximo {max} días marcados',
      'settings.error.programmeLength': 'Como máximo {max} ejercicios en el programa',
      'settings.error.ownCount': 'Como máximo {max} ejercicios propios',
      'settings.error.ownSameId': 'Dos ejercicios propios comparten un identificador',
      'settings.error.programmeTwice': 'Un ejercicio está dos veces en el programa',
      'settings.error.programmeUnknown':
        'El programa nombra un ejercicio que no existe: {exercise}',
      'settings.error.programmeSize': 'Elige de {min} a {max} ejercicios para un programa fijo',
      'settings.error.repetitions.number': 'Escribe un número de repeticiones',
      'settings.error.repetitions.whole': 'Usa repeticiones enteras',
      'settings.error.ownId': 'No es el identificador de un ejercicio propio',
      'settings.error.ownName': 'Ponle un nombre al ejercicio',
      'settings.error.stepEmpty': 'Un paso no puede estar vacío',
      'settings.error.stepsMin': 'Añade al menos un paso',
      'settings.error.stepsMax': 'Como máximo {max} pasos',
      'settings.error.sides': 'Elige un lado o los dos lados',
      'settings.error.kind': 'Elige qué tipo de ejercicio es',
      'settings.error.area': 'Elige la zona del cuerpo que trabaja',
      'settings.error.pressureHeld':
        'La presión sobre una pelota se mantiene unos segundos, no se repite',
      'settings.error.doseRange':
        '{unit, select, seconds {Usa de {min} a {max} segundos para este tipo de ejercicio} other {Usa de {min} a {max} repeticiones para este tipo de ejercicio}}',
      'settings.error.picture': 'No es una imagen guardada',
      'settings.error.embeddedTooLarge': 'La imagen ocupa más de 2 MB',
      'settings.error.embeddedNotBase64': 'La imagen no está guardada como texto base64',
    },
    release: {
      'release.noticeTitle': 'Tu sesión de liberación de {minutes} minutos está abierta',
      'release.noticeBody':
        'Presión con pelota o rodillo a un tolerable 5–7 sobre 10. Sáltala si hoy no es el día.',
    },
    advice: {
      'advice.rateWeekly':
        'Valora tu tensión una vez por semana; después de dos semanas Unknot puede mostrarte cómo cambia.',
      'advice.emergency':
        'Deja los ejercicios y llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica). No esperes a ver si se pasa.',
      'advice.redFlag':
        'Has indicado: {signs}. Por favor, ve hoy a un médico antes de seguir trabajándolo por tu cuenta. Hasta entonces Unknot limita tus pausas a movimiento suave; detén todo lo que duela.',
      'advice.area':
        '{area, select, neck {cuello} shoulders {hombros} upperBack {parte alta de la espalda} chest {pecho} lowerBack {zona lumbar} hips {caderas} glutes {glúteos} legs {piernas} other {{area}}}',
      'advice.rise':
        'La tensión en: {area} ha subido de {from} a {to} en dos semanas. Pide a un médico o fisioterapeuta que le eche un vistazo en lugar de seguir presionando.',
      'advice.high':
        'Has valorado {areas} con {limit} o más sobre 10. Una tensión tan fuerte merece que la vea un médico o fisioterapeuta.',
      'advice.afterTwoWeeks':
        'Después de dos semanas de valoraciones, Unknot puede mostrarte cómo cambia tu tensión.',
      'advice.sameAreas': 'Valora las mismas zonas cada semana para que Unknot pueda compararlas.',
      'advice.fewCareDays':
        'Hubo pocos días con pausas en estas dos semanas, así que la tendencia aún dice poco. Pausas en {days} o más días por semana dan una imagen justa.',
      'advice.lower':
        'Tu tensión es más baja que hace dos semanas. Sigue a un ritmo que te vaya bien.',
      'advice.lowSteady': 'Tu tensión es baja y estable. Sigue así.',
      'advice.worseAfterCare':
        'Tu tensión ha subido a lo largo de dos semanas de pausas regulares. Sería buena idea pedir a un médico o fisioterapeuta que le eche un vistazo.',
      'advice.sameAfterCare':
        'Tu tensión se ha mantenido más o menos igual tras dos semanas de pausas regulares. Es algo que pasa, y un médico o fisioterapeuta puede sugerir qué más podría ayudar.',
    },
    data: {
      'data.cause.diskFull': 'el disco está lleno',
      'data.cause.notAllowed': 'Unknot no tiene permiso para usar ese archivo o carpeta',
      'data.cause.readOnly': 'el disco es de solo lectura',
      'data.cause.busy': 'otro programa está usando el archivo',
      'data.cause.missing': 'falta el archivo o la carpeta',
      'data.cause.tooManyFiles': 'hay demasiados archivos abiertos a la vez',
      'data.cause.wrongKind':
        'hay una carpeta donde debería haber un archivo, o un archivo donde debería haber una carpeta',
      'data.cause.io':
        'no se pudo leer ni escribir en el disco (un fallo del hardware o de la conexión)',
      'data.cause.timedOut': 'tardó demasiado en responder',
      'data.cause.connection': 'la conexión se rechazó o se cortó',
      'data.cause.code': 'un error inesperado ({code})',
      'data.cause.unknown': 'un error inesperado',

      'data.reason.notJson': 'no es JSON válido',
      'data.reason.notObject': 'no es un objeto',
      'data.reason.newer': 'lo escribió un Unknot más reciente (esquema {version})',
      'data.reason.unknownVersion': 'su versión de esquema es desconocida',
      'data.reason.notList': 'sus entradas no son una lista',
      'data.reason.badShape': 'su contenido no es el que Unknot espera',

      'data.kept.file':
        'No se borró nada: los bytes originales siguen en el archivo indicado arriba.',
      'data.action.folder':
        'Mira en {folder}; restaura el archivo desde una copia de seguridad o déjalo como está.',
      'data.action.none': 'No tienes que hacer nada.',

      'data.settings.setAside':
        'No se pudo leer el archivo de ajustes ({reason}); se movió a {file} y se usan los ajustes predeterminados.',
      'data.settings.repaired':
        'Una parte de tu archivo de ajustes no se pudo usar tal como estaba; la lista de arriba en Ajustes dice qué se cambió.',
      'data.settings.saveFailed': 'No se pudieron guardar tus ajustes en {file} ({cause}).',
      'data.settings.saveKept':
        'Los ajustes guardados antes siguen vigentes; el cambio no se aplicó.',
      'data.settings.saveAction':
        'Haz que la carpeta de datos se pueda escribir (o libera espacio en el disco) y vuelve a guardar.',
      'data.engine.setAside':
        'No se pudo usar el estado de las pausas ({reason}); se movió a {file} y el estado de pausa y aplazamiento empezó de cero.',
      'data.engine.kept':
        'Tu historial no se ve afectado; solo el estado de pausa y aplazamiento empezó de cero.',
      'data.tension.setAside':
        'No se pudo leer el archivo de tensión ({reason}); se movió a {file}.',
      'data.tension.skipped':
        '{count, plural, one {No se pudo leer # registro de tensión y se omitió.} other {No se pudieron leer # registros de tensión y se omitieron.}}',
      'data.tension.skippedKept': 'Siguen en tension.json hasta que se guarde el próximo registro.',
      'data.knots.setAside':
        'No se pudo leer el archivo del buscador de nudos ({reason}); se movió a {file}.',
      'data.knots.skipped':
        '{count, plural, one {No se pudo leer # revisión de nudos y se omitió.} other {No se pudieron leer # revisiones de nudos y se omitieron.}}',
      'data.knots.skippedKept': 'Siguen en knots.json.',

      'data.log.saveFailed':
        'No se pudo guardar tu última pausa en {file} ({cause}). Unknot la guarda en memoria y la escribe en cuanto el disco lo permita; las pausas siguen como siempre. Revisa el espacio libre y los permisos de la carpeta de datos.',
      'data.log.readFailed':
        'No se pudo leer el archivo de historial de {month} ({cause}). Se dejó tal como está; ese mes falta en el resumen hasta que se pueda leer.',
      'data.log.setAside':
        'No se pudo leer el archivo de historial de {month} ({reason}). Se movió a {file} para que no se pierda nada de él; las pausas de ese mes faltan en el resumen. El resto de tu historial está intacto.',
      'data.log.torn':
        'La última línea del archivo de historial de {month} quedó cortada (Unknot se cerró mientras la escribía). Sus bytes se movieron a {file}; todo lo anterior está intacto.',
      'data.log.damagedLines':
        '{count, plural, one {No se pudo leer # línea del archivo de historial de {month} (línea {lines}); se deja en el archivo y se omite.} other {No se pudieron leer # líneas del archivo de historial de {month} (líneas {lines}); se dejan en el archivo y se omiten.}}',

      'data.write.log': 'No se pudo guardar una pausa o un tiempo sentado: {cause}.',
      'data.write.engineState': 'No se pudo guardar el estado de pausa y aplazamiento: {cause}.',
      'data.write.kept':
        'Se guarda en memoria ({count} en espera) y se vuelve a intentar cada pocos minutos mientras Unknot esté abierto.',
      'data.write.action':
        'Libera espacio en el disco o haz que la carpeta de datos se pueda escribir; si cierras Unknot ahora, se perdería lo que espera.',
      'data.effect.failed':
        'Unknot no pudo {effect, select, notice {mostrar el aviso de pausa} openBreak {abrir la ventana de pausa} focusBreak {traer al frente la ventana de pausa} closeBreak {cerrar la ventana de pausa} appendLog {guardar una pausa} recordBout {guardar el tiempo sentado} persist {guardar el estado de pausa} naturalBreak {anotar una pausa natural} held {anotar una pausa retenida} other {realizar un paso de la pausa}} ({cause}).',
      'data.effect.kept': 'Las pausas siguen; el resultado de esta se registra de todos modos.',
      'data.effect.action': 'Si vuelve a pasar, reinicia Unknot.',

      'data.picture.tooLarge':
        'La imagen ocupa {megabytes, number, ::.0} MB; usa una de 2 MB como máximo',
      'data.picture.notPicture': 'Usa una imagen PNG, JPEG o WebP',
      'data.picture.unreadable': 'No se pudo leer la imagen ({cause})',

      'data.userData.title': 'Unknot no puede iniciarse',
      'data.userData.problem':
        'Unknot guarda sus ajustes y su historial en\n  {folder}\npero no puede escribir ahí ({cause}).',
      'data.userData.fixWindows':
        'Comprueba que tu cuenta pueda escribir en esta carpeta (Propiedades › Seguridad).',
      'data.userData.fixSudo':
        'Esto suele pasar tras iniciar Unknot con sudo. Recupera la carpeta para tu usuario:\n  sudo chown -R "$USER" "{folder}"',
      'data.userData.otherFolder':
        'O inicia Unknot con una carpeta que elijas: UNKNOT_USER_DATA=/una/carpeta unknot',

      'data.programme.notJson': 'El archivo no es JSON.',
      'data.programme.notProgramme': 'Este no es un archivo de programa de Unknot.',
      'data.programme.version':
        'Este archivo de programa es de la versión {version}; este Unknot lee la versión {supported}.',
      'data.programme.field': 'El campo «{field}» no es válido: {problem}.',
      'data.programme.tooLarge': 'El archivo es demasiado grande para ser un programa de Unknot.',
      'data.programme.unreadable': 'No se pudo leer el archivo ({cause}).',
      'data.programme.unusable': 'El programa no se puede usar ({field}): {problem}.',
      'data.cause.unreadAtStart':
        'Unknot no pudo leer su archivo al iniciarse y no escribe encima de un archivo que no pudo leer',
      'data.action.unreadable':
        'Haz que tu cuenta pueda leer {file}, o quita lo que ocupa su lugar; después reinicia Unknot.',
      'data.settings.unreadable':
        'No se pudo leer el archivo de ajustes {file} ({cause}); se usan los ajustes predeterminados.',
      'data.settings.unreadableKept':
        'El archivo se dejó tal como está. Los cambios que hagas ahora se aplican hasta que cierres Unknot, pero no se guardan, para que no lo sobrescriban.',
      'data.engine.unreadable':
        'No se pudo leer el estado de pausa y aplazamiento en {file} ({cause}); Unknot empezó sin él.',
      'data.engine.unreadableKept':
        'El archivo se dejó tal como está y no se escribe hasta que Unknot pueda leerlo tras un reinicio. Tu historial no se ve afectado.',
      'data.tension.unreadable': 'No se pudo leer el archivo de tensión {file} ({cause}).',
      'data.tension.unreadableKept':
        'El archivo se dejó tal como está. No se pueden guardar registros nuevos hasta que Unknot pueda leerlo tras un reinicio.',
      'data.knots.unreadable': 'No se pudo leer el archivo del buscador de nudos {file} ({cause}).',
      'data.knots.unreadableKept':
        'El archivo se dejó tal como está. No se pueden guardar revisiones nuevas hasta que Unknot pueda leerlo tras un reinicio.',
      'data.log.folderUnreadable':
        'No se pudo leer la carpeta del historial {folder} ({cause}). Las pausas siguen; sus resultados se guardan en memoria y se escriben en cuanto se pueda leer la carpeta.',
      'data.log.folderKept':
        'No se cambió ni se borró nada en ella. Si cierras Unknot antes, se pierden los resultados guardados en memoria.',
      'data.log.folderAction':
        'Haz que {folder} sea una carpeta que tu cuenta pueda leer (quita el archivo que ocupe su lugar); entonces Unknot guarda lo que espera sin reiniciarse.',
    },
  },
  /** Español (tú). Not yet checked by a fluent reader (see the README). */
  catalogue: {
    'Ball between shoulder blade and wall': 'Pelota entre el omóplato y la pared',
    'Stand with your back to a wall, feet a small step away from it.':
      'Ponte de espaldas a una pared, con los pies a un pequeño paso de ella.',
    'Put a firm ball between the wall and the muscle over your {side} shoulder blade, not on the spine.':
      'Coloca una pelota firme entre la pared y el músculo que cubre tu omóplato {side, select, left {izquierdo} other {derecho}}, no sobre la columna.',
    'Lean back until the pressure is about 5–7 out of 10.':
      'Échate hacia atrás hasta que la presión sea de unos 5–7 sobre 10.',
    'Hold still on the tender spot and breathe slowly; ease off early if it softens.':
      'Mantén la presión sin moverte sobre el punto sensible y respira despacio; afloja antes si el punto se relaja.',
    'A strong, dull "good pain" of about 5–7 out of 10 that eases as you hold. Back off if you wince.':
      'Un dolor fuerte y sordo, un «dolor bueno» de unos 5–7 sobre 10, que va cediendo mientras mantienes la presión. Afloja si te hace torcer el gesto.',
    'Numbness or tingling': 'Entumecimiento u hormigueo',
    'Sharp or shooting pain': 'Dolor agudo o en forma de descarga',
    Dizziness: 'Mareo',
    'The ball slides onto your spine: move it back onto the muscle':
      'La pelota se desliza sobre la columna: vuelve a colocarla sobre el músculo',
    'Holding a tender spot 30 s–1 min at a tolerable 5–7/10 is the usual dose (Gemmell et al. 2008, who found no difference against sham, so it supports the dose, not an effect); pressure tolerance improves but pain does not clearly (Lu et al. 2022), so the evidence is weak.':
      'Mantener la presión sobre un punto sensible 30 s–1 min a un 5–7/10 tolerable es la dosis habitual (Gemmell et al. 2008, que no encontraron diferencia frente a un tratamiento simulado, así que respalda la dosis, no un efecto); la tolerancia a la presión mejora, pero el dolor no mejora claramente (Lu et al. 2022), así que la evidencia es débil.',
    'Side view: a person leans back against a wall, a ball between the middle of one shoulder blade and the wall.':
      'Vista lateral: una persona se apoya de espaldas contra una pared, con una pelota entre el centro de un omóplato y la pared.',
    'Lean in less, to about 4 out of 10, or use a softer ball.':
      'Apóyate menos, hasta unos 4 sobre 10, o usa una pelota más blanda.',
    'Lean in a little more, never past 7 out of 10.':
      'Apóyate un poco más, nunca por encima de 7 sobre 10.',
    'Ball along the inner edge of the shoulder blade':
      'Pelota a lo largo del borde interno del omóplato',
    'Stand with your back to a wall and cross your arms over your chest to spread your shoulder blades.':
      'Ponte de espaldas a una pared y cruza los brazos sobre el pecho para separar los omóplatos.',
    'Place the ball beside the inner edge of your {side} shoulder blade, a finger-width off the spine.':
      'Coloca la pelota junto al borde interno de tu omóplato {side, select, left {izquierdo} other {derecho}}, a un dedo de distancia de la columna.',
    'Bend your knees slightly to move the ball slowly until you find a tender spot.':
      'Flexiona ligeramente las rodillas para mover la pelota despacio hasta encontrar un punto sensible.',
    'Stop there and lean in to about 5–7 out of 10; hold and breathe.':
      'Detente ahí y apóyate hasta unos 5–7 sobre 10; mantén la presión y respira.',
    'Pressure on the spine itself: keep the ball on the muscle beside it':
      'Presión sobre la propia columna: mantén la pelota sobre el músculo que hay a su lado',
    'Back view, through the wall: arms crossed over the chest, a ball beside the inner edge of one shoulder blade, off the spine.':
      'Vista de espaldas, a través de la pared: los brazos cruzados sobre el pecho y una pelota junto al borde interno de un omóplato, fuera de la columna.',
    'Foam roller between upper back and wall':
      'Rodillo de espuma entre la parte alta de la espalda y la pared',
    'Hold a foam roller across your upper back, level with your shoulder blades, and lean it against a wall.':
      'Sujeta un rodillo de espuma atravesado sobre la parte alta de la espalda, a la altura de los omóplatos, y apóyalo contra una pared.',
    'Step your feet a little forward and lean back into it, arms crossed over your chest.':
      'Adelanta un poco los pies y échate hacia atrás sobre él, con los brazos cruzados sobre el pecho.',
    'Bend your knees slowly to find a tender band of muscle, then hold still there at about 5–7 out of 10.':
      'Flexiona las rodillas despacio hasta encontrar una banda de músculo sensible y mantén ahí la posición, sin moverte, a unos 5–7 sobre 10.',
    'Keep it on the muscle of the upper back, off the spine’s bony points, never on the lower back or the neck.':
      'Mantenlo sobre el músculo de la parte alta de la espalda, lejos de los salientes óseos de la columna, y nunca sobre la zona lumbar ni el cuello.',
    'Pressure on the lower back or the neck: move the roller':
      'Presión sobre la zona lumbar o el cuello: mueve el rodillo',
    'Static pressure on a foam roller for 90 s raised pressure tolerance on the calf within the group, without a difference between groups (Wilke et al. 2018); rolling sets of 30–120 s are usual (Konrad et al. 2022): the evidence for pain is weak.':
      'La presión estática sobre un rodillo de espuma durante 90 s aumentó la tolerancia a la presión en la pantorrilla dentro del grupo, sin diferencia entre grupos (Wilke et al. 2018); lo habitual son series de rodillo de 30–120 s (Konrad et al. 2022): la evidencia sobre el dolor es débil.',
    'Side view: a person leans back against a foam roller held between the upper back and a wall, knees bent.':
      'Vista lateral: una persona se apoya de espaldas contra un rodillo de espuma sujeto entre la parte alta de la espalda y una pared, con las rodillas flexionadas.',
    'Stand closer to the wall so you lean in less.': 'Acércate más a la pared para apoyarte menos.',
    'Step further out, never past 7 out of 10.':
      'Aléjate un poco más, nunca por encima de 7 sobre 10.',
    'Upper-back extension over the chair back':
      'Extensión de la parte alta de la espalda sobre el respaldo',
    'Sit back in a chair whose backrest ends around your shoulder blades.':
      'Siéntate al fondo de una silla cuyo respaldo termine más o menos a la altura de los omóplatos.',
    'Rest your hands lightly behind your head, elbows wide.':
      'Apoya las manos suavemente detrás de la cabeza, con los codos abiertos.',
    'Lean back over the top of the backrest, arching your upper back, not your lower back.':
      'Échate hacia atrás por encima del borde del respaldo, arqueando la parte alta de la espalda, no la zona lumbar.',
    'Hold gently and breathe; keep your neck relaxed.':
      'Mantén la posición con suavidad y respira; deja el cuello relajado.',
    'A gentle opening of the upper back and chest, no pinching in the lower back.':
      'Una apertura suave de la parte alta de la espalda y del pecho, sin sensación de pinzamiento en la zona lumbar.',
    'Pinching or pain in the lower back': 'Sensación de pinzamiento o dolor en la zona lumbar',
    'Active breaks with a change of posture reduce discomfort (Waongenngarm et al. 2018, moderate evidence); no trial tested this particular move, so for it the evidence is weak.':
      'Las pausas activas con cambio de postura reducen las molestias (Waongenngarm et al. 2018, evidencia moderada); ningún ensayo ha probado este movimiento en concreto, así que para él la evidencia es débil.',
    'Side view: a person sits with hands behind the head and leans the upper back over the top of the backrest.':
      'Vista lateral: una persona sentada, con las manos detrás de la cabeza, inclina la parte alta de la espalda hacia atrás sobre el borde del respaldo.',
    'Seated upper-back rotation': 'Rotación de la parte alta de la espalda en la silla',
    'Sit tall near the front of the chair, feet flat and hip-width apart.':
      'Siéntate con la espalda erguida cerca del borde delantero de la silla, con los pies apoyados en el suelo y separados al ancho de las caderas.',
    'Cross your arms over your chest, hands on the opposite shoulders.':
      'Cruza los brazos sobre el pecho, con las manos en los hombros contrarios.',
    'Keeping your hips still, turn your chest toward the {side} as far as is comfortable.':
      'Sin mover las caderas, gira el pecho hacia la {side, select, left {izquierda} other {derecha}} hasta donde te resulte cómodo.',
    'Hold, breathing slowly, then come back to the middle.':
      'Mantén la posición, respirando despacio, y luego vuelve al centro.',
    'A mild stretch around the middle of the back and the ribs.':
      'Un estiramiento suave alrededor de la mitad de la espalda y de las costillas.',
    'Pain in the lower back': 'Dolor en la zona lumbar',
    'Active breaks with a change of posture ease discomfort (Waongenngarm et al. 2018, moderate evidence) and 10–30 s holds to mild tightness are the standard dose (ACSM 2021); no trial tested this move at a desk, so the evidence for it is weak.':
      'Las pausas activas con cambio de postura alivian las molestias (Waongenngarm et al. 2018, evidencia moderada) y mantener 10–30 s hasta notar una tensión suave es la dosis estándar (ACSM 2021); ningún ensayo ha probado este movimiento en el escritorio, así que la evidencia para él es débil.',
    'Front view: a seated person with arms crossed over the chest turns the chest to one side, hips still.':
      'Vista frontal: una persona sentada, con los brazos cruzados sobre el pecho, gira el pecho hacia un lado sin mover las caderas.',
    'Shoulder-blade squeeze': 'Juntar los omóplatos',
    'Sit or stand tall, elbows bent at your sides.':
      'Siéntate o ponte de pie con la espalda erguida, con los codos flexionados junto al cuerpo.',
    'Draw your shoulder blades back and down toward each other, as if holding a pencil between them.':
      'Lleva los omóplatos hacia atrás y hacia abajo, uno hacia el otro, como si sujetaras un lápiz entre ellos.',
    'Hold for 5 seconds without shrugging, relax for 2, and repeat until the time is up.':
      'Mantén la contracción 5 segundos sin encoger los hombros, relaja 2 y repite hasta que se acabe el tiempo.',
    'Working muscle between and below the shoulder blades.':
      'Músculos trabajando entre los omóplatos y por debajo de ellos.',
    'Pain in the shoulder joint': 'Dolor en la articulación del hombro',
    'Endurance training of the neck and shoulder-blade muscles was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017, review).':
      'El entrenamiento de resistencia de los músculos del cuello y de los omóplatos era la mitad del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017, revisión).',
    'Side view: a person with elbows bent draws the elbows back, squeezing the shoulder blades together.':
      'Vista lateral: una persona con los codos flexionados lleva los codos hacia atrás, juntando los omóplatos.',
    'Hold each squeeze for 3 seconds.': 'Mantén cada contracción 3 segundos.',
    'Hold each squeeze for 10 seconds, or use a band (the band row).':
      'Mantén cada contracción 10 segundos, o usa una banda elástica (el remo con banda).',
    'Band row': 'Remo con banda elástica',
    'Loop the band around a closed door’s handle and hold one end in each hand, arms forward.':
      'Pasa la banda alrededor del pomo de una puerta cerrada y sujeta un extremo con cada mano, con los brazos hacia delante.',
    'Step back until the band is just taut, and stand tall.':
      'Retrocede hasta que la banda quede justo tensa y mantén la espalda erguida.',
    'Pull your elbows back past your ribs, squeezing your shoulder blades together; 2 seconds back, 2 forward.':
      'Lleva los codos hacia atrás, más allá de las costillas, juntando los omóplatos; 2 segundos hacia atrás, 2 hacia delante.',
    'Repeat slowly until the time is up, without shrugging.':
      'Repite despacio hasta que se acabe el tiempo, sin encoger los hombros.',
    'Warm, working muscle between the shoulder blades and at the back of the shoulders.':
      'Calor y músculos trabajando entre los omóplatos y en la parte de atrás de los hombros.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and 2 minutes a day of elastic-band raises helped about as much as 12 minutes a day (Andersen et al. 2011, RCT).':
      'Para el dolor de cuello en oficinistas, fortalecer funciona mejor que estirar (Louw et al. 2017, revisión), y 2 minutos al día de elevaciones con banda elástica ayudaron más o menos tanto como 12 minutos (Andersen et al. 2011, ECA).',
    'Side view: a person pulls an elastic band tied to a door toward the ribs, elbows back.':
      'Vista lateral: una persona tira hacia las costillas de una banda elástica atada a una puerta, con los codos hacia atrás.',
    'Step closer to the door so the band is slacker.':
      'Acércate a la puerta para que la banda quede más floja.',
    'Step further back, or pause 2 seconds with the elbows back.':
      'Aléjate más, o haz una pausa de 2 segundos con los codos atrás.',
    'Wall angel': 'Ángel en la pared',
    'Stand with your back, head and bottom against a wall, feet a small step forward.':
      'Ponte de espaldas a una pared con la espalda, la cabeza y los glúteos apoyados en ella, y los pies un pequeño paso por delante.',
    'Raise your arms into a goal-post shape, backs of the hands toward the wall.':
      'Sube los brazos en forma de portería, con el dorso de las manos hacia la pared.',
    'Slide your arms slowly up the wall as far as they stay close to it, then back down.':
      'Desliza los brazos despacio hacia arriba por la pared hasta donde puedan seguir pegados a ella, y luego bájalos.',
    'Keep your lower back gently against the wall; repeat slowly until the time is up.':
      'Mantén la zona lumbar apoyada suavemente en la pared; repite despacio hasta que se acabe el tiempo.',
    'Working muscle between the shoulder blades and a stretch across the chest.':
      'Músculos trabajando entre los omóplatos y un estiramiento en el pecho.',
    'Pinching pain in the shoulder': 'Dolor de pinzamiento en el hombro',
    'Shoulder-blade endurance work was part of the programme that roughly halved new neck pain (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017); no trial tested wall angels on their own, so the evidence for this one is weak.':
      'El trabajo de resistencia de los músculos de los omóplatos formaba parte del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017); ningún ensayo ha probado los ángeles en la pared por sí solos, así que la evidencia para este ejercicio es débil.',
    'Back view, through the wall: arms in a goal-post shape slide up the wall and back down.':
      'Vista de espaldas, a través de la pared: los brazos, en forma de portería, suben deslizándose por la pared y vuelven a bajar.',
    'Slide only halfway up, or stand a little away from the wall.':
      'Sube solo hasta la mitad, o sepárate un poco de la pared.',
    'Move more slowly, pausing at the top.': 'Muévete más despacio, con una pausa arriba.',
    'Band pull-apart': 'Aperturas con banda elástica',
    'Stand or sit tall and hold a light band in both hands, arms straight in front at chest height, hands shoulder-width apart.':
      'Ponte de pie o siéntate con la espalda erguida y sujeta una banda ligera con las dos manos, con los brazos estirados al frente a la altura del pecho y las manos separadas al ancho de los hombros.',
    'Pull the band apart by moving your arms out to the sides, squeezing your shoulder blades together; 2 seconds out.':
      'Separa la banda llevando los brazos hacia los lados y juntando los omóplatos; 2 segundos hacia fuera.',
    'Let it back slowly over 2 seconds, without shrugging or arching your back.':
      'Vuelve despacio en 2 segundos, sin encoger los hombros ni arquear la espalda.',
    'Repeat slowly until the time is up.': 'Repite despacio hasta que se acabe el tiempo.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and a couple of minutes a day of band work helped (Andersen et al. 2011, RCT, with lateral raises); no trial tested the pull-apart itself, so its evidence is weak.':
      'Para el dolor de cuello en oficinistas, fortalecer funciona mejor que estirar (Louw et al. 2017, revisión), y un par de minutos al día de trabajo con banda elástica ayudaron (Andersen et al. 2011, ECA, con elevaciones laterales); ningún ensayo ha probado las aperturas en sí, así que su evidencia es débil.',
    'Back view: a person holds an elastic band in both hands and pulls it apart, arms moving out to the sides at shoulder height.':
      'Vista de espaldas: una persona sujeta una banda elástica con las dos manos y la separa, llevando los brazos hacia los lados a la altura de los hombros.',
    'Hold the band with your hands further apart, or use a lighter band.':
      'Sujeta la banda con las manos más separadas, o usa una banda más ligera.',
    'Hold your hands closer together, or pause 2 seconds with the arms out.':
      'Acerca más las manos, o haz una pausa de 2 segundos con los brazos abiertos.',
    'Neck side bend': 'Inclinación lateral del cuello',
    'Sit or stand tall and let your shoulders drop.':
      'Siéntate o ponte de pie con la espalda erguida y deja caer los hombros.',
    'Tilt your head toward your {other} shoulder without lifting that shoulder.':
      'Inclina la cabeza hacia tu hombro {other, select, left {izquierdo} other {derecho}} sin levantar ese hombro.',
    'Let your {side} arm hang, or hold the seat with your {side} hand, to deepen the stretch a little.':
      'Deja colgar el brazo {side, select, left {izquierdo} other {derecho}}, o sujeta el asiento con la mano {side, select, left {izquierda} other {derecha}}, para intensificar un poco el estiramiento.',
    'Hold gently; do not pull on your head or press on the neck.':
      'Mantén la posición con suavidad; no tires de la cabeza ni presiones el cuello.',
    'A mild stretch along the {side} side of the neck and the top of the shoulder.':
      'Un estiramiento suave a lo largo del lado {side, select, left {izquierdo} other {derecho}} del cuello y de la parte superior del hombro.',
    'Pain or tingling running down the arm': 'Dolor u hormigueo que baja por el brazo',
    'Neck and shoulder stretching twice a day lowered pain by 1.4 points in office workers who already had chronic neck pain (Tunwattanapong et al. 2016, RCT: a treatment, not prevention); stretching plus endurance training roughly halved new neck pain over a year (Sihawong et al. 2014).':
      'Estirar el cuello y los hombros dos veces al día redujo el dolor 1,4 puntos en oficinistas que ya tenían dolor de cuello crónico (Tunwattanapong et al. 2016, ECA: un tratamiento, no prevención); estirar junto con entrenamiento de resistencia redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014).',
    'Front view: a person tilts the head away from the worked side, ear toward the other shoulder, both shoulders low.':
      'Vista frontal: una persona inclina la cabeza alejándola del lado que se trabaja, con la oreja hacia el otro hombro y los dos hombros bajos.',
    'Levator scapulae stretch': 'Estiramiento del elevador de la escápula',
    'Sit tall and hold the side of the seat with your {side} hand.':
      'Siéntate con la espalda erguida y sujeta el lateral del asiento con la mano {side, select, left {izquierda} other {derecha}}.',
    'Turn your head about halfway toward your {other} armpit and look down toward it.':
      'Gira la cabeza más o menos a medio camino hacia tu axila {other, select, left {izquierda} other {derecha}} y mira hacia ella.',
    'Rest your {other} hand on the back of your head and let its weight add a little stretch; do not pull.':
      'Apoya la mano {other, select, left {izquierda} other {derecha}} en la parte de atrás de la cabeza y deja que su peso añada un poco de estiramiento; no tires.',
    'Hold, breathing slowly, then lift your head back up gently.':
      'Mantén la posición, respirando despacio, y luego vuelve a levantar la cabeza con suavidad.',
    'A mild stretch at the back of the neck on the {side} side, down toward the shoulder blade.':
      'Un estiramiento suave en la parte de atrás del cuello, en el lado {side, select, left {izquierdo} other {derecho}}, que baja hacia el omóplato.',
    'Front view: a seated person holds the seat with one hand and, with the other hand on the back of the head, lowers the head toward the opposite armpit.':
      'Vista frontal: una persona sentada sujeta el asiento con una mano y, con la otra en la parte de atrás de la cabeza, baja la cabeza hacia la axila contraria.',
    'Chin-tuck hold': 'Retracción de la barbilla',
    'Sit tall with your eyes level and your shoulders relaxed.':
      'Siéntate con la espalda erguida, la mirada al frente y los hombros relajados.',
    'Glide your chin straight back, as if making a double chin; do not tip your head down.':
      'Lleva la barbilla recta hacia atrás, como si hicieras papada; no bajes la cabeza.',
    'Hold each tuck for 5 seconds, relax for 1, and repeat until the time is up.':
      'Mantén cada retracción 5 segundos, relaja 1 y repite hasta que se acabe el tiempo.',
    'Gentle work deep at the front of the neck and a light stretch at the base of the skull.':
      'Un trabajo suave de los músculos profundos de la parte delantera del cuello y un ligero estiramiento en la base del cráneo.',
    'Neck endurance training was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and for office neck pain strengthening beats stretching (Louw et al. 2017, review).':
      'El entrenamiento de resistencia del cuello era la mitad del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017, revisión).',
    'Side view: a seated person draws the chin straight back, eyes level.':
      'Vista lateral: una persona sentada lleva la barbilla recta hacia atrás, con la mirada al frente.',
    'Hold each tuck for 3 seconds, or rest your head against a high chair back.':
      'Mantén cada retracción 3 segundos, o apoya la cabeza en un respaldo alto.',
    'Hold each tuck for up to 10 seconds.': 'Mantén cada retracción hasta 10 segundos.',
    'Ball on the top of the shoulder blade': 'Pelota sobre la parte superior del omóplato',
    'Stand with your back to a wall, feet a step away from it and knees slightly bent.':
      'Ponte de espaldas a una pared, con los pies a un paso de ella y las rodillas ligeramente flexionadas.',
    'Place the ball on the muscle just above your {side} shoulder blade, halfway between neck and shoulder tip.':
      'Coloca la pelota sobre el músculo que hay justo encima de tu omóplato {side, select, left {izquierdo} other {derecho}}, a medio camino entre el cuello y la punta del hombro.',
    'Bend your knees a little to bring the ball higher, and stop below the base of your neck: against a wall the ball travels toward the neck, never onto the top of the shoulder.':
      'Flexiona un poco las rodillas para subir la pelota y detente por debajo de la base del cuello: contra una pared, la pelota se desplaza hacia el cuello, nunca hacia la parte superior del hombro.',
    'Hold at about 5–7 out of 10. Keep it on the muscle: never the front or sides of the neck.':
      'Mantén la presión a unos 5–7 sobre 10. Deja la pelota sobre el músculo: nunca en la parte delantera ni en los lados del cuello.',
    'Any pressure on the neck itself: move the ball down at once':
      'Cualquier presión sobre el propio cuello: baja la pelota de inmediato',
    'Side view: a person leans back against a wall with knees bent, a ball between the wall and the muscle above the shoulder blade.':
      'Vista lateral: una persona se apoya de espaldas contra una pared con las rodillas flexionadas y una pelota entre la pared y el músculo que hay encima del omóplato.',
    'Hand pressure on the top of the shoulder':
      'Presión con la mano sobre la parte superior del hombro',
    'Sit or stand tall and reach your {other} hand across to your {side} shoulder.':
      'Siéntate o ponte de pie con la espalda erguida y lleva la mano {other, select, left {izquierda} other {derecha}}, cruzando por delante, hasta el hombro {side, select, left {izquierdo} other {derecho}}.',
    'Find the thick muscle on top of the shoulder, toward its back, halfway to the shoulder tip.':
      'Busca el músculo grueso de la parte superior del hombro, hacia su parte de atrás, a medio camino de la punta del hombro.',
    'Squeeze it gently between fingers and palm to about 5–7 out of 10; keep your fingertips on the muscle, out of the hollow above the collarbone.':
      'Apriétalo con suavidad entre los dedos y la palma hasta unos 5–7 sobre 10; mantén las yemas de los dedos sobre el músculo, fuera del hueco que hay encima de la clavícula.',
    'Hold and breathe. Never press the front or sides of the neck.':
      'Mantén la presión y respira. No presiones nunca la parte delantera ni los lados del cuello.',
    'Any pressure on the front or side of the neck: let go':
      'Cualquier presión en la parte delantera o en un lado del cuello: suelta',
    'Front view: a person reaches one hand across to squeeze the muscle on top of the other shoulder.':
      'Vista frontal: una persona cruza una mano por delante para apretar el músculo de la parte superior del otro hombro.',
    'Squeeze more softly, to about 4 out of 10.':
      'Aprieta con más suavidad, hasta unos 4 sobre 10.',
    'Band lateral raise': 'Elevación lateral con banda elástica',
    'Stand on one end of the band with your {side} foot and hold the other end in your {side} hand.':
      'Pisa un extremo de la banda con el pie {side, select, left {izquierdo} other {derecho}} y sujeta el otro extremo con la mano {side, select, left {izquierda} other {derecha}}.',
    'Lift the arm out to the side, elbow soft, up to shoulder height.':
      'Levanta el brazo hacia un lado, con el codo ligeramente flexionado, hasta la altura del hombro.',
    'Raise it over about 2 seconds and lower it over 2; keep your shoulder away from your ear.':
      'Súbelo en unos 2 segundos y bájalo en 2; mantén el hombro lejos de la oreja.',
    'Repeat until the time is up, stopping a rep or two before it gets hard to keep good form.':
      'Repite hasta que se acabe el tiempo y para una o dos repeticiones antes de que te cueste mantener una buena técnica.',
    'Warm, working muscle on the top and side of the shoulder.':
      'Calor y músculos trabajando en la parte superior y lateral del hombro.',
    'Pinching pain at the top of the shoulder':
      'Dolor de pinzamiento en la parte superior del hombro',
    'Front view: a person stands on an elastic band and lifts it out to the side to shoulder height.':
      'Vista frontal: una persona pisa una banda elástica y la levanta hacia un lado hasta la altura del hombro.',
    'Hold the band further up so it is slacker, or raise only to 60°.':
      'Sujeta la banda más arriba para que quede más floja, o sube solo hasta 60°.',
    'Hold the band shorter, or move more slowly.':
      'Sujeta la banda más corta, o muévete más despacio.',
    'Water-bottle lateral raise': 'Elevación lateral con botella de agua',
    'Stand or sit tall holding a full water bottle in your {side} hand.':
      'Ponte de pie o siéntate con la espalda erguida, con una botella de agua llena en la mano {side, select, left {izquierda} other {derecha}}.',
    'Raise it over about 2 seconds and lower it over 2; keep the shoulder low.':
      'Súbelo en unos 2 segundos y bájalo en 2; mantén el hombro bajo.',
    'Repeat until the time is up, stopping before your form slips.':
      'Repite hasta que se acabe el tiempo y para antes de que empeore tu técnica.',
    'Front view: a person lifts a water bottle out to the side to shoulder height.':
      'Vista frontal: una persona levanta una botella de agua hacia un lado hasta la altura del hombro.',
    'Use a half-full bottle, or raise only to 60°.':
      'Usa una botella medio llena, o sube solo hasta 60°.',
    'Use a heavier bottle, or lower it over 4 seconds.':
      'Usa una botella más pesada, o bájala en 4 segundos.',
    'Doorway chest stretch': 'Estiramiento de pecho en el marco de una puerta',
    'Stand in a doorway and rest your {side} forearm on the frame, elbow at shoulder height.':
      'Colócate en el hueco de una puerta y apoya el antebrazo {side, select, left {izquierdo} other {derecho}} en el marco, con el codo a la altura del hombro.',
    'Step forward with your {side} leg until you feel a gentle stretch across the chest.':
      'Da un paso adelante con la pierna {side, select, left {izquierda} other {derecha}} hasta notar un estiramiento suave en el pecho.',
    'Keep your shoulders down and breathe.': 'Mantén los hombros bajos y respira.',
    'A mild stretch across the front of the chest and shoulder, never pain.':
      'Un estiramiento suave en la parte delantera del pecho y del hombro, nunca dolor.',
    'Pain in the front of the shoulder': 'Dolor en la parte delantera del hombro',
    'A one-arm doorway stretch lengthened the pectoralis minor the most of three stretches (Borstad & Ludewig 2006) and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial shows it prevents knots.':
      'De tres estiramientos, el del marco de la puerta con un solo brazo fue el que más alargó el pectoral menor (Borstad & Ludewig 2006), y mantener 30 s funciona tan bien como 60 s (Bandy & Irion 1994); ningún ensayo demuestra que prevenga los nudos.',
    'Front view: a person in a doorway rests one forearm on the frame at shoulder height, then leans through to stretch the chest.':
      'Vista frontal: una persona en el hueco de una puerta apoya un antebrazo en el marco a la altura del hombro y luego se inclina hacia delante para estirar el pecho.',
    'Hands-behind-back chest opener': 'Apertura de pecho con las manos a la espalda',
    'Stand tall with your feet hip-width apart.':
      'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas.',
    'Clasp your hands behind your lower back.': 'Entrelaza las manos detrás de la zona lumbar.',
    'Draw your shoulder blades back and down and lift your chest.':
      'Lleva los omóplatos hacia atrás y hacia abajo y eleva el pecho.',
    'Keep your chin level and breathe slowly.':
      'Mantén la barbilla recta, sin subirla ni bajarla, y respira despacio.',
    'A mild stretch across the chest and the front of the shoulders.':
      'Un estiramiento suave en el pecho y en la parte delantera de los hombros.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021); no trial tested this stretch at a desk, so the evidence for it is weak.':
      'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021); ningún ensayo ha probado este estiramiento en el escritorio, así que la evidencia para él es débil.',
    'Side view: a person stands tall with hands clasped behind the lower back and the chest lifted.':
      'Vista lateral: una persona de pie con la espalda erguida, las manos entrelazadas detrás de la zona lumbar y el pecho elevado.',
    'Forearm and wrist flexor stretch': 'Estiramiento de los flexores del antebrazo y la muñeca',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm facing away.':
      'Estira el brazo {side, select, left {izquierdo} other {derecho}} delante de ti a la altura del hombro, con el codo recto y la palma mirando hacia delante.',
    'Let your fingers point up, and with your {other} hand draw them gently back toward you.':
      'Deja que los dedos apunten hacia arriba y, con la mano {other, select, left {izquierda} other {derecha}}, llévalos suavemente hacia ti.',
    'Stop at a mild stretch along the inside of the forearm and hold.':
      'Detente cuando notes un estiramiento suave a lo largo de la cara interna del antebrazo y mantén la posición.',
    'A mild stretch along the palm side of the forearm, from wrist to elbow.':
      'Un estiramiento suave a lo largo del antebrazo por el lado de la palma, de la muñeca al codo.',
    'Pain at the wrist or the inner elbow': 'Dolor en la muñeca o en la parte interna del codo',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial tested forearm stretches for typing, so the evidence for them is weak.':
      'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021), y mantener 30 s funciona tan bien como 60 s (Bandy & Irion 1994); ningún ensayo ha probado estiramientos de antebrazo en personas que escriben con teclado, así que la evidencia para ellos es débil.',
    'Side view: a person holds one arm straight out, fingers up, and draws the fingers back with the other hand.':
      'Vista lateral: una persona sostiene un brazo estirado al frente, con los dedos hacia arriba, y los lleva hacia atrás con la otra mano.',
    'Forearm and wrist extensor stretch':
      'Estiramiento de los extensores del antebrazo y la muñeca',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm down.':
      'Estira el brazo {side, select, left {izquierdo} other {derecho}} delante de ti a la altura del hombro, con el codo recto y la palma hacia abajo.',
    'Let your hand drop so the fingers point down.':
      'Deja caer la mano para que los dedos apunten hacia abajo.',
    'With your {other} hand, press the back of the hand gently toward you until the top of the forearm stretches; hold.':
      'Con la mano {other, select, left {izquierda} other {derecha}}, empuja suavemente el dorso de la mano hacia ti hasta que se estire la parte superior del antebrazo; mantén la posición.',
    'A mild stretch along the back of the forearm, toward the outer elbow.':
      'Un estiramiento suave a lo largo de la parte de atrás del antebrazo, hacia la parte externa del codo.',
    'Pain at the wrist or the outer elbow': 'Dolor en la muñeca o en la parte externa del codo',
    'Side view: a person holds one arm straight out, hand bent down, pressing the back of the hand gently with the other hand.':
      'Vista lateral: una persona sostiene un brazo estirado al frente, con la mano doblada hacia abajo, y empuja suavemente el dorso de la mano con la otra.',
    'Forearm on a ball at the desk': 'Antebrazo sobre una pelota en el escritorio',
    'Sit at your desk and put the ball on the desktop.':
      'Siéntate frente al escritorio y pon la pelota sobre la mesa.',
    'Rest the fleshy top third of your {side} forearm on it, palm down, a hand-width below the elbow.':
      'Apoya sobre ella la parte carnosa del tercio superior de tu antebrazo {side, select, left {izquierdo} other {derecho}}, con la palma hacia abajo, a un ancho de mano por debajo del codo.',
    'Let the arm’s weight sink in to about 5–7 out of 10; press down with the other hand only if you need more.':
      'Deja que el peso del brazo se hunda hasta unos 5–7 sobre 10; presiona con la otra mano solo si necesitas más.',
    'Hold on a tender spot and breathe; keep off the bony points of the elbow and the wrist.':
      'Mantén la presión sobre un punto sensible y respira; evita los salientes óseos del codo y de la muñeca.',
    'Tingling into the fingers: move the ball': 'Hormigueo que llega a los dedos: mueve la pelota',
    'Side view: a person sits at a desk with one forearm resting on a ball on the desktop.':
      'Vista lateral: una persona sentada frente a un escritorio con un antebrazo apoyado sobre una pelota encima de la mesa.',
    'Let the arm rest more lightly, or use a softer ball.':
      'Apoya el brazo con menos peso, o usa una pelota más blanda.',
    'Standing back bend': 'Extensión de espalda de pie',
    'Stand tall, feet hip-width apart, and put your hands on your lower back, fingers pointing down.':
      'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas, y pon las manos en la zona lumbar, con los dedos hacia abajo.',
    'Look ahead and lean back gently from the waist, pushing your hips slightly forward.':
      'Mira al frente e inclínate suavemente hacia atrás desde la cintura, empujando un poco las caderas hacia delante.',
    'Go only as far as is comfortable, hold, then come back up slowly.':
      'Llega solo hasta donde te resulte cómodo, mantén la posición y luego vuelve despacio.',
    'A gentle arch and stretch in the lower back and the front of the hips; no pinching.':
      'Un arco suave y un estiramiento en la zona lumbar y en la parte delantera de las caderas; sin sensación de pinzamiento.',
    'Pain spreading into the buttock or leg': 'Dolor que se extiende a la nalga o a la pierna',
    'Breaks with a change of posture ease discomfort and, in some trials, low back pain (Waongenngarm et al. 2018, systematic review); stretches held 10–30 s are the standard dose (ACSM 2021). No trial tested this move on its own, so the evidence for it is weak.':
      'Las pausas con cambio de postura alivian las molestias y, en algunos ensayos, el dolor lumbar (Waongenngarm et al. 2018, revisión sistemática); los estiramientos mantenidos 10–30 s son la dosis estándar (ACSM 2021). Ningún ensayo ha probado este movimiento por sí solo, así que la evidencia para él es débil.',
    'Side view: a person stands with hands on the lower back and leans gently backward, looking ahead.':
      'Vista lateral: una persona de pie con las manos en la zona lumbar se inclina suavemente hacia atrás, mirando al frente.',
    'Seated back arch': 'Arco de espalda en la silla',
    'Sit near the front of the chair, feet flat, hands on your lower back.':
      'Siéntate cerca del borde delantero de la silla, con los pies apoyados en el suelo y las manos en la zona lumbar.',
    'Lift your chest and arch your lower back gently, looking ahead.':
      'Eleva el pecho y arquea suavemente la zona lumbar, mirando al frente.',
    'Hold where it feels comfortable, then relax back to sitting tall.':
      'Mantén la posición donde te resulte cómodo y luego relájate y vuelve a sentarte con la espalda erguida.',
    'A gentle arch in the lower back; no pinching.':
      'Un arco suave en la zona lumbar; sin sensación de pinzamiento.',
    'Side view: a person sits near the front of a chair, hands on the lower back, gently arching the back.':
      'Vista lateral: una persona sentada cerca del borde delantero de una silla, con las manos en la zona lumbar, arquea suavemente la espalda.',
    'Seated cat-cow': 'Gato-vaca en la silla',
    'Sit near the front of the chair with your hands on your knees.':
      'Siéntate cerca del borde delantero de la silla con las manos sobre las rodillas.',
    'Breathing in, roll your pelvis forward, arch your back and lift your chest.':
      'Al inspirar, bascula la pelvis hacia delante, arquea la espalda y eleva el pecho.',
    'Breathing out, roll your pelvis back, round your back and let your chin drop.':
      'Al espirar, bascula la pelvis hacia atrás, redondea la espalda y deja caer la barbilla.',
    'Move slowly between the two for the whole time, within a comfortable range.':
      'Muévete despacio entre las dos posiciones durante todo el tiempo, dentro de un rango cómodo.',
    'The lower and middle back loosening as they move; no pinching.':
      'La parte baja y media de la espalda se sueltan con el movimiento; sin sensación de pinzamiento.',
    'Side view: a seated person with hands on the knees arches the back, then rounds it, chin dropping.':
      'Vista lateral: una persona sentada con las manos sobre las rodillas arquea la espalda y luego la redondea, dejando caer la barbilla.',
    'Standing lunge hip-flexor stretch': 'Estiramiento de flexores de cadera en zancada de pie',
    'Stand tall and take a long step forward with your {other} foot, both feet pointing ahead.':
      'Ponte de pie con la espalda erguida y da un paso largo hacia delante con el pie {other, select, left {izquierdo} other {derecho}}, con los dos pies apuntando al frente.',
    'Bend the front knee a little, keeping it over the ankle.':
      'Flexiona un poco la rodilla delantera, manteniéndola sobre el tobillo.',
    'Tuck your pelvis under, as if pulling your belt buckle up, and squeeze your {side} glute.':
      'Recoge la pelvis, como si tiraras de la hebilla del cinturón hacia arriba, y aprieta el glúteo {side, select, left {izquierdo} other {derecho}}.',
    'Hold when you feel a stretch at the front of your {side} hip; hold a desk for balance if needed.':
      'Mantén la posición cuando notes un estiramiento en la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}; apóyate en un escritorio para mantener el equilibrio si lo necesitas.',
    'A mild stretch at the front of the {side} hip, the back leg.':
      'Un estiramiento suave en la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}, la de la pierna de atrás.',
    'Pain in the knee or lower back': 'Dolor en la rodilla o en la zona lumbar',
    'A lunge with the pelvis tucked is common physiotherapy advice, often 2 × 30 s per side; Unknot gives one 30 s hold per side in a break, since 30 s works as well as 60 s and once a day as well as three times (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Weak evidence: no trial is specific to sitting.':
      'Una zancada con la pelvis recogida es un consejo habitual de fisioterapia, a menudo 2 × 30 s por lado; Unknot da una sola retención de 30 s por lado en cada pausa, ya que 30 s funcionan tan bien como 60 s y una vez al día tan bien como tres (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Evidencia débil: ningún ensayo se centra específicamente en estar sentado.',
    'Side view: a person in a standing lunge, pelvis tucked, stretching the front of the back hip.':
      'Vista lateral: una persona en zancada de pie, con la pelvis recogida, estira la parte delantera de la cadera de la pierna de atrás.',
    'Half-kneeling hip-flexor stretch':
      'Estiramiento de flexores de cadera con una rodilla en el suelo',
    'Kneel on your {side} knee on a soft surface, your {other} foot flat in front of you.':
      'Arrodíllate sobre la rodilla {side, select, left {izquierda} other {derecha}} en una superficie blanda, con el pie {other, select, left {izquierdo} other {derecho}} apoyado delante de ti.',
    'Stand your upper body tall with hands on the front knee.':
      'Mantén el tronco erguido con las manos sobre la rodilla delantera.',
    'Tuck your pelvis under and shift forward a little until the front of the {side} hip stretches.':
      'Recoge la pelvis y desplázate un poco hacia delante hasta que se estire la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}.',
    'Hold without arching your lower back.': 'Mantén la posición sin arquear la zona lumbar.',
    'A mild stretch at the front of the {side} hip and thigh.':
      'Un estiramiento suave en la parte delantera de la cadera y del muslo del lado {side, select, left {izquierdo} other {derecho}}.',
    'Pain in the kneeling knee: put a folded jacket under it or stand':
      'Dolor en la rodilla apoyada: pon debajo una chaqueta doblada o ponte de pie',
    'Side view: a person kneels on one knee with the other foot forward, upper body tall, pelvis tucked.':
      'Vista lateral: una persona arrodillada sobre una rodilla con el otro pie delante, el tronco erguido y la pelvis recogida.',
    'Seated figure-four glute stretch': 'Estiramiento de glúteo en figura de cuatro, en la silla',
    'Sit near the front of a steady chair, both feet flat.':
      'Siéntate cerca del borde delantero de una silla estable, con los dos pies apoyados en el suelo.',
    'Rest your {side} ankle on your {other} knee, making a figure four.':
      'Apoya el tobillo {side, select, left {izquierdo} other {derecho}} sobre la rodilla {other, select, left {izquierda} other {derecha}}, formando un cuatro.',
    'Sit tall and lean forward from the hips with a straight back.':
      'Siéntate con la espalda erguida e inclínate hacia delante desde las caderas con la espalda recta.',
    'Stop at a mild stretch in the {side} buttock and hold.':
      'Detente cuando notes un estiramiento suave en la nalga {side, select, left {izquierda} other {derecha}} y mantén la posición.',
    'A mild stretch deep in the buttock of the crossed leg.':
      'Un estiramiento suave en la zona profunda de la nalga de la pierna cruzada.',
    'Pain in the knee of the crossed leg': 'Dolor en la rodilla de la pierna cruzada',
    'Holding a stretch 10–30 s to mild tightness is the standard dose (ACSM 2021; Bandy & Irion 1994); no trial tested glute stretches for desk sitters, so evidence for this one is weak.':
      'Mantener un estiramiento 10–30 s hasta notar una tensión suave es la dosis estándar (ACSM 2021; Bandy & Irion 1994); ningún ensayo ha probado estiramientos de glúteo en personas que trabajan sentadas, así que la evidencia para este es débil.',
    'Front view: a seated person rests one ankle on the opposite knee, the knee falling out to the side.':
      'Vista frontal: una persona sentada apoya un tobillo sobre la rodilla contraria, con la rodilla cayendo hacia un lado.',
    'Ball on the glute against the wall': 'Pelota en el glúteo contra la pared',
    'Stand with your back to a wall.': 'Ponte de espaldas a una pared.',
    'Place the ball between the wall and the upper, outer part of your {side} buttock, away from the spine and tailbone.':
      'Coloca la pelota entre la pared y la parte superior y externa de tu nalga {side, select, left {izquierda} other {derecha}}, lejos de la columna y del coxis.',
    'Lean back and shift your weight to find a tender spot; keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Échate hacia atrás y desplaza el peso hasta encontrar un punto sensible; evita la parte baja y central de la nalga, por donde pasa el nervio ciático.',
    'Hold it at about 5–7 out of 10 and breathe; ease off early if it softens.':
      'Mantén la presión a unos 5–7 sobre 10 y respira; afloja antes si el punto se relaja.',
    'Pain shooting down the leg': 'Dolor que baja por la pierna como una descarga',
    'Pressure on the lower back or tailbone: move the ball onto the muscle':
      'Presión sobre la zona lumbar o el coxis: lleva la pelota al músculo',
    'Side view: a person leans back against a wall with a ball between the upper outer buttock and the wall.':
      'Vista lateral: una persona se apoya de espaldas contra una pared, con una pelota entre la parte superior y externa de la nalga y la pared.',
    'Standing hamstring stretch': 'Estiramiento de isquiotibiales de pie',
    'Stand and place your {side} heel a small step forward, toes up, knee straight but soft.':
      'Ponte de pie y adelanta el talón {side, select, left {izquierdo} other {derecho}} un pequeño paso, con los dedos hacia arriba y la rodilla recta pero sin bloquear.',
    'Bend the back knee slightly and put your hands on your thighs.':
      'Flexiona ligeramente la rodilla de atrás y apoya las manos en los muslos.',
    'Hinge forward from the hips with a straight back until the back of the {side} thigh stretches.':
      'Inclínate hacia delante desde las caderas con la espalda recta hasta que se estire la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
    'Hold and breathe; do not bounce.': 'Mantén la posición y respira; no hagas rebotes.',
    'A mild stretch along the back of the {side} thigh.':
      'Un estiramiento suave a lo largo de la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
    'Pain or tingling running down the back of the leg':
      'Dolor u hormigueo que baja por la parte de atrás de la pierna',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997).':
      'En un ensayo sobre los isquiotibiales, mantener 30 s funcionó mejor que 15 s y tan bien como 60 s (Bandy & Irion 1994), y una vez al día tan bien como tres (Bandy, Irion & Briggler 1997).',
    'Side view: a person with one heel forward, toes up, hinging forward from the hips with a straight back.':
      'Vista lateral: una persona con un talón adelantado y los dedos hacia arriba se inclina hacia delante desde las caderas con la espalda recta.',
    'Seated hamstring stretch': 'Estiramiento de isquiotibiales en la silla',
    'Sit near the front edge of a steady chair.':
      'Siéntate cerca del borde delantero de una silla estable.',
    'Straighten your {side} leg in front of you, heel on the floor and toes up.':
      'Estira la pierna {side, select, left {izquierda} other {derecha}} delante de ti, con el talón en el suelo y los dedos hacia arriba.',
    'Sit tall and lean forward from the hips until the back of the {side} thigh stretches.':
      'Siéntate con la espalda erguida e inclínate hacia delante desde las caderas hasta que se estire la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
    'Hold and breathe, keeping your back straight.':
      'Mantén la posición y respira, con la espalda recta.',
    'A mild stretch along the back of the straight leg.':
      'Un estiramiento suave a lo largo de la parte de atrás de la pierna estirada.',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997). Daily is best (ACSM 2021).':
      'En un ensayo sobre los isquiotibiales, mantener 30 s funcionó mejor que 15 s y tan bien como 60 s (Bandy & Irion 1994), y una vez al día tan bien como tres (Bandy, Irion & Briggler 1997). Lo mejor es a diario (ACSM 2021).',
    'Side view: a person sits on the front of a chair with one leg straight, heel on the floor, leaning forward from the hips.':
      'Vista lateral: una persona sentada en el borde delantero de una silla con una pierna estirada y el talón en el suelo se inclina hacia delante desde las caderas.',
    'Calf raises': 'Elevaciones de talones',
    'Stand tall, feet hip-width apart, a hand on your desk or a chair back for balance.':
      'Ponte de pie con la espalda erguida, los pies separados al ancho de las caderas y una mano en el escritorio o en el respaldo de una silla para mantener el equilibrio.',
    'Rise slowly onto the balls of your feet, as high as is comfortable.':
      'Ponte de puntillas despacio, tan alto como te resulte cómodo.',
    'Lower your heels over 2 seconds and repeat until the time is up.':
      'Baja los talones en 2 segundos y repite hasta que se acabe el tiempo.',
    'Warm, working calves; the legs feel lighter afterwards.':
      'Calor y trabajo en los gemelos; después notas las piernas más ligeras.',
    'A swollen, warm, painful calf: see a doctor the same day':
      'Una pantorrilla hinchada, caliente y dolorosa: ve al médico ese mismo día',
    'Simply standing is not enough: sitting should be broken by moving (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), and active breaks help (Waongenngarm et al. 2018); no trial tested calf raises at a desk, so the evidence for them is weak.':
      'Estar de pie sin más no basta: hay que interrumpir el tiempo sentado con movimiento (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), y las pausas activas ayudan (Waongenngarm et al. 2018); ningún ensayo ha probado las elevaciones de talones en el escritorio, así que la evidencia para ellas es débil.',
    'Side view: a person rises onto the balls of the feet and lowers slowly.':
      'Vista lateral: una persona se pone de puntillas y baja despacio.',
    'Rise only halfway, or keep more weight on your hands.':
      'Sube solo hasta la mitad, o apoya más peso en las manos.',
    'Pause 2 seconds at the top, or rise on one foot at a time.':
      'Haz una pausa de 2 segundos arriba, o sube sobre un pie cada vez.',
    'Standing calf stretch at the wall': 'Estiramiento de gemelos en la pared',
    'Face a wall and put both hands on it at shoulder height.':
      'Ponte frente a una pared y apoya las dos manos en ella a la altura de los hombros.',
    'Step your {side} foot back, heel down and toes pointing ahead; bend the front knee.':
      'Lleva el pie {side, select, left {izquierdo} other {derecho}} hacia atrás, con el talón apoyado y los dedos apuntando al frente; flexiona la rodilla delantera.',
    'Lean toward the wall until the {side} calf stretches, keeping the back heel on the floor.':
      'Inclínate hacia la pared hasta que se estire la pantorrilla {side, select, left {izquierda} other {derecha}}, manteniendo el talón de atrás en el suelo.',
    'Hold and breathe.': 'Mantén la posición y respira.',
    'A mild stretch in the {side} calf.':
      'Un estiramiento suave en la pantorrilla {side, select, left {izquierda} other {derecha}}.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s is as good as 60 s (Bandy & Irion 1994); no trial tested calf stretches for desk workers, so the evidence for this one is weak.':
      'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021), y 30 s son tan eficaces como 60 s (Bandy & Irion 1994); ningún ensayo ha probado estiramientos de gemelos en personas que trabajan en un escritorio, así que la evidencia para este es débil.',
    'Side view: a person leans on a wall with one foot stepped back, heel down, stretching the back calf.':
      'Vista lateral: una persona se apoya en una pared con un pie atrás y el talón apoyado, estirando la pantorrilla de atrás.',
    'Easy walk': 'Paseo tranquilo',
    'Stand up and walk at an easy to moderate pace: to a window, the stairs or the kitchen.':
      'Levántate y camina a un ritmo suave o moderado: hasta una ventana, las escaleras o la cocina.',
    'Let your arms swing and your shoulders relax.':
      'Deja que los brazos se balanceen y que los hombros se relajen.',
    'Breathe a little faster than at your desk, but keep it easy enough to talk.':
      'Respira un poco más rápido que en el escritorio, pero a un ritmo que te permita hablar sin esfuerzo.',
    'Warm and loosened up; you can still talk comfortably.':
      'Calor y el cuerpo más suelto; todavía puedes hablar con comodidad.',
    'Chest pain or tightness, or unusual breathlessness: stop and get help':
      'Dolor u opresión en el pecho, o una falta de aire inusual: para y pide ayuda',
    'ANSES (2025) advises 3–5 minutes of light to moderate movement every 30 minutes of sitting (Unknot’s movement break comes once an hour by default: you can make it more often in Settings), and simply standing is not enough (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); evidence on pain is weaker.':
      'ANSES (2025) aconseja 3–5 minutos de movimiento ligero a moderado por cada 30 minutos sentado (la pausa de movimiento de Unknot llega una vez por hora de forma predeterminada: puedes acortar ese intervalo en Ajustes), y estar de pie sin más no basta (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); la evidencia sobre el dolor es más débil.',
    'Side view: a person walking with arms swinging.':
      'Vista lateral: una persona camina balanceando los brazos.',
    'Seated marching': 'Marcha en la silla',
    'Sit tall near the front of your chair or wheelchair, feet on the floor or footplates.':
      'Siéntate con la espalda erguida cerca del borde delantero de tu silla o silla de ruedas, con los pies en el suelo o en los reposapiés.',
    'Lift one knee, then the other, at a brisk, comfortable pace, swinging your arms.':
      'Levanta una rodilla y luego la otra, a un ritmo vivo y cómodo, balanceando los brazos.',
    'Keep going for the whole time; if lifting the legs is not possible, swing the arms only.':
      'Sigue durante todo el tiempo; si no puedes levantar las piernas, balancea solo los brazos.',
    'Warm and a little out of breath; you can still talk comfortably.':
      'Calor y la respiración algo agitada; todavía puedes hablar con comodidad.',
    'Side view: a seated person lifts one knee and then the other, arms swinging.':
      'Vista lateral: una persona sentada levanta una rodilla y luego la otra, balanceando los brazos.',
    'Seated arm circles': 'Círculos con los brazos en la silla',
    'Sit tall in your chair or wheelchair, feet or footplates steady.':
      'Siéntate con la espalda erguida en tu silla o silla de ruedas, con los pies o los reposapiés bien asentados.',
    'Make big, brisk circles with both arms, as if pedalling a bicycle with your hands.':
      'Haz círculos grandes y enérgicos con los dos brazos, como si pedalearas en una bicicleta con las manos.',
    'Change direction every 30 seconds and keep a pace at which you can still talk.':
      'Cambia de sentido cada 30 segundos y mantén un ritmo al que todavía puedas hablar.',
    'Warm shoulders and a slightly faster breath.':
      'Calor en los hombros y una respiración algo más rápida.',
    'Side view: a seated person circles both arms in front of the body, like pedalling with the hands.':
      'Vista lateral: una persona sentada hace círculos con los dos brazos delante del cuerpo, como si pedaleara con las manos.',
    'Do you take blood thinners (anticoagulants), or have a bleeding disorder?':
      '¿Tomas medicamentos para hacer la sangre más fluida (anticoagulantes) o tienes un trastorno de la coagulación?',
    'blood thinners or a bleeding disorder': 'anticoagulantes o un trastorno de la coagulación',
    'Blood thinners or a bleeding disorder': 'Anticoagulantes o un trastorno de la coagulación',
    'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?':
      '¿Has tenido alguna vez un coágulo de sangre, como una trombosis venosa profunda (TVP)?',
    'a history of blood clots': 'antecedentes de coágulos de sangre',
    'A blood clot, now or in the past (such as a DVT)':
      'Un coágulo de sangre, ahora o en el pasado (como una TVP)',
    'Do you have osteoporosis, or have you broken a bone recently?':
      '¿Tienes osteoporosis o te has roto un hueso recientemente?',
    'osteoporosis or a recent fracture': 'osteoporosis o una fractura reciente',
    'Osteoporosis, or a recently broken bone': 'Osteoporosis, o un hueso roto recientemente',
    'Do you have cancer now, or have you had cancer that spread to the bones?':
      '¿Tienes cáncer ahora, o has tenido un cáncer que se extendió a los huesos?',
    'cancer, now or in the bones': 'cáncer, actual o en los huesos',
    'Cancer now, or cancer that spread to the bones':
      'Cáncer ahora, o un cáncer que se extendió a los huesos',
    'Do you have a heart condition, such as angina, heart failure or a pacemaker?':
      '¿Tienes alguna enfermedad del corazón, como angina de pecho, insuficiencia cardiaca o un marcapasos?',
    'a heart condition': 'una enfermedad del corazón',
    'A heart condition': 'Una enfermedad del corazón',
    'Have you taken steroid tablets (such as prednisolone) for three months or more?':
      '¿Has tomado corticoides en comprimidos (como prednisolona) durante tres meses o más?',
    'long-term steroid tablets': 'corticoides en comprimidos durante mucho tiempo',
    'Steroid tablets for three months or more':
      'Corticoides en comprimidos durante tres meses o más',
    'Is the feeling in your skin reduced anywhere, for example from diabetes or nerve damage (neuropathy)?':
      '¿Tienes reducida la sensibilidad de la piel en alguna zona, por ejemplo por diabetes o por daño en los nervios (neuropatía)?',
    'reduced feeling, so the pressure is hard to judge':
      'sensibilidad reducida, que hace difícil juzgar la presión',
    'Reduced feeling in the skin, or nerve damage (neuropathy)':
      'Sensibilidad de la piel reducida, o daño en los nervios (neuropatía)',
    'Are you pregnant?': '¿Estás embarazada?',
    pregnancy: 'embarazo',
    Pregnancy: 'Embarazo',
    'Have you had an operation or an injury in the last six months?':
      '¿Te han operado o has tenido una lesión en los últimos seis meses?',
    'a recent operation or injury': 'una operación o lesión reciente',
    'An operation or injury in the last six months':
      'Una operación o lesión en los últimos seis meses',
    'Is a doctor or physiotherapist currently treating you for this pain?':
      '¿Te está tratando ahora un médico o fisioterapeuta por este dolor?',
    'a current treatment for this pain': 'un tratamiento actual para este dolor',
    'A doctor or physiotherapist treating you for this pain':
      'Un médico o fisioterapeuta que te trata por este dolor',
    Neck: 'Cuello',
    'Shoulder or arm': 'Hombro o brazo',
    Chest: 'Pecho',
    'Upper back': 'Parte alta de la espalda',
    'Lower back': 'Zona lumbar',
    'Belly (abdomen)': 'Vientre (abdomen)',
    Hip: 'Cadera',
    'Knee or leg': 'Rodilla o pierna',
    'Somewhere else': 'En otro sitio',
    'Where was it? Exercises that load that part of the body are left out until you turn them back on.':
      '¿Dónde fue? Los ejercicios que cargan esa parte del cuerpo quedan fuera hasta que los vuelvas a activar.',
    'Never press over a wound, rash, bruise or varicose vein, and not when you have a fever or feel unwell.':
      'No presiones nunca sobre una herida, un sarpullido, un moratón o una variz, ni cuando tengas fiebre o te encuentres mal.',
    'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.':
      'Detén un ejercicio de inmediato si notas entumecimiento, hormigueo, dolor agudo o en forma de descarga, o mareo. No presiones nunca la parte delantera ni los lados del cuello, ni directamente sobre la columna.',
    'Pressure exercises (a ball against a wall) are off for you. Stretches, strength and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.':
      'Los ejercicios de presión (una pelota contra la pared) están desactivados para ti. Los estiramientos, la fuerza y el movimiento siguen activados. Si un médico o fisioterapeuta te dice que la presión es adecuada para ti, puedes volver a activarlos en Ajustes, en el apartado Seguridad.',
    'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.':
      'Unknot te ayuda a crear el hábito de hacer pausas cortas y regulares. No es un tratamiento y no puede prometer que el dolor desaparezca.',
    'Unknot is not a treatment. Skip pressure on the ball if you take blood thinners, have a bleeding disorder, fragile bones, a fever or an infection, and ask a doctor first if you are pregnant or have heart problems.':
      'Unknot no es un tratamiento. Evita la presión con la pelota si tomas anticoagulantes o tienes un trastorno de la coagulación, huesos frágiles, fiebre o una infección, y consulta antes a un médico si estás embarazada o tienes problemas de corazón.',
    'See a professional if there is no improvement after about two weeks, or with new numbness, tingling or weakness, fever, unexplained weight loss, a history of cancer, pain worse at night, or pain after an injury.':
      'Acude a un profesional si no hay mejoría después de unas dos semanas, o si aparece entumecimiento, hormigueo o debilidad nuevos, fiebre, pérdida de peso sin explicación, antecedentes de cáncer, dolor que empeora por la noche o dolor tras una lesión.',
    'Chest pain or tightness spreading to the arm, jaw, neck or back, with sweating or breathlessness: call emergency services, not a stretch.':
      'Dolor u opresión en el pecho que se extiende al brazo, la mandíbula, el cuello o la espalda, con sudor o falta de aire: llama a emergencias en lugar de estirar.',
    'Sudden chest pain that spreads to your arm, back, neck or jaw':
      'Dolor repentino en el pecho que se extiende al brazo, la espalda, el cuello o la mandíbula',
    'Chest pain that feels tight or heavy': 'Dolor en el pecho que se nota como opresión o pesadez',
    'Chest pain that started with breathlessness, sweating or feeling sick':
      'Dolor en el pecho que empezó con falta de aire, sudor o náuseas',
    'Chest pain that lasts more than 15 minutes': 'Dolor en el pecho que dura más de 15 minutos',
    'Sudden breathlessness, or chest pain when you breathe in (a possible clot in the lung)':
      'Falta de aire repentina, o dolor en el pecho al inspirar (un posible coágulo en el pulmón)',
    'Loss of control of your bladder or bowels, numbness around your genitals or buttocks, or numbness or weakness in both legs':
      'Pérdida del control de la vejiga o del intestino, entumecimiento alrededor de los genitales o de las nalgas, o entumecimiento o debilidad en las dos piernas',
    'A swollen, warm, painful calf or thigh, usually in one leg (a possible blood clot; long sitting makes clots more likely)':
      'Una pantorrilla o un muslo hinchado, caliente y doloroso, normalmente en una sola pierna (un posible coágulo de sangre; estar sentado mucho tiempo hace más probables los coágulos)',
    'New numbness, tingling or weakness': 'Entumecimiento, hormigueo o debilidad nuevos',
    'Pain that started after a fall, accident or other injury':
      'Dolor que empezó después de una caída, un accidente u otra lesión',
    'A fever, or feeling generally unwell, along with the pain':
      'Fiebre, o sensación de malestar general, junto con el dolor',
    'Weight loss you cannot explain': 'Pérdida de peso que no puedes explicar',
    'Pain of any kind if you have ever had cancer':
      'Dolor de cualquier tipo si alguna vez has tenido cáncer',
    'Pain that is worse at night or wakes you up':
      'Dolor que empeora por la noche o que te despierta',
    'Neck pain with double vision, dizziness or fainting, slurred speech, trouble swallowing, clumsy hands or poor balance':
      'Dolor de cuello con visión doble, mareo o desmayo, habla torpe o arrastrada, dificultad para tragar, torpeza en las manos o falta de equilibrio',
    'Pain that is getting worse quickly, even with self-help':
      'Dolor que empeora rápidamente, incluso con lo que haces por tu cuenta',
    'Any of the emergency signs above, if it came and has settled':
      'Cualquiera de los signos de emergencia de arriba, si apareció y ya se ha pasado',
    'No improvement after about two weeks of regular self-care':
      'Ninguna mejoría tras unas dos semanas de autocuidado regular',
    'An emergency sign, happening at the time': 'Una señal de urgencia, presente en ese momento',
    'Call an ambulance now (112 in Europe, 999 in the UK, 911 in North America) if any of these is happening:':
      'Llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica) si está ocurriendo alguna de estas cosas:',
    'See a doctor today (in the UK, call 111) rather than working on it yourself if you notice any of these:':
      'Ve hoy al médico (en el Reino Unido, llama al 111) en lugar de tratarlo por tu cuenta si notas alguna de estas cosas:',
    'Book an appointment with a doctor or physiotherapist if there is no improvement after about two weeks of regular self-care. They can tell you which exercises are safe for you.':
      'Pide cita con un médico o fisioterapeuta si no hay mejoría tras unas dos semanas de autocuidado regular. Te pueden decir qué ejercicios son seguros para ti.',
    'Something happening now is an emergency call. Something that happened and has settled still needs a doctor today.':
      'Si algo está ocurriendo ahora, llama a emergencias. Si ocurrió y ya se ha pasado, igualmente necesitas ver a un médico hoy.',
    'This is an emergency': 'Esto es una emergencia',
    'Stop the exercises and call an ambulance now (112 in Europe, 999 in the UK, 911 in North America). Do not wait to see whether it passes.':
      'Deja los ejercicios y llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica). No esperes a ver si se pasa.',
    'Top of the shoulder': 'Parte superior del hombro',
    'Reach across with the opposite hand and rest your fingers on the top of your shoulder, halfway between your neck and the tip of the shoulder.':
      'Cruza la mano contraria por delante y apoya los dedos en la parte superior del hombro, a medio camino entre el cuello y la punta del hombro.',
    'Gently pinch the thick muscle there between thumb and fingers, or press down into it.':
      'Pellizca suavemente el músculo grueso de esa zona entre el pulgar y los dedos, o presiona hacia abajo sobre él.',
    'Keep off the front and sides of the neck and the hollow above the collarbone.':
      'Evita la parte delantera y los lados del cuello, y el hueco que hay encima de la clavícula.',
    'Where the neck meets the shoulder blade': 'Donde el cuello se une con el omóplato',
    'Reach over your shoulder with the opposite hand to the top inner corner of the shoulder blade.':
      'Pasa la mano contraria por encima del hombro hasta la esquina superior interna del omóplato.',
    'Press just above that corner, at the back of where the neck meets the shoulder.':
      'Presiona justo por encima de esa esquina, en la parte de atrás de donde el cuello se une con el hombro.',
    'Stay at the back: never press on the front or sides of the neck.':
      'Quédate en la parte de atrás: no presiones nunca la parte delantera ni los lados del cuello.',
    'Between the shoulder blades': 'Entre los omóplatos',
    'Cross your arms to move the shoulder blades apart.':
      'Cruza los brazos para separar los omóplatos.',
    'Feel for tender bands along the inner edge of one shoulder blade, a thumb’s width from the spine, or lean that spot on a ball against a wall.':
      'Busca bandas sensibles a lo largo del borde interno de un omóplato, a un pulgar de distancia de la columna, o apoya ese punto sobre una pelota contra una pared.',
    'Keep off the bony points of the spine itself.':
      'Evita los salientes óseos de la propia columna.',
    'Front of the chest': 'Parte delantera del pecho',
    'Put your fingertips below the collarbone, a hand’s width out from the breastbone, towards the front of the shoulder.':
      'Pon las yemas de los dedos debajo de la clavícula, a un ancho de mano hacia fuera del esternón, en dirección a la parte delantera del hombro.',
    'Press gently into the muscle there and move a little outward.':
      'Presiona suavemente sobre el músculo de esa zona y desplázate un poco hacia fuera.',
    'Stay below the collarbone: never press into the hollow above it, or on the breastbone.':
      'Quédate por debajo de la clavícula: no presiones nunca en el hueco que hay encima de ella ni sobre el esternón.',
    'Top of the forearm': 'Parte superior del antebrazo',
    'Rest one forearm on the desk, palm down.':
      'Apoya un antebrazo en el escritorio, con la palma hacia abajo.',
    'With the other thumb, press along the muscle of the top of the forearm, from just below the elbow towards the wrist.':
      'Con el pulgar de la otra mano, presiona a lo largo del músculo de la parte superior del antebrazo, desde justo debajo del codo hacia la muñeca.',
    'Keep off the inside of the elbow and the inside of the wrist.':
      'Evita la cara interna del codo y la cara interna de la muñeca.',
    'Upper outer buttock': 'Parte superior y externa de la nalga',
    'Stand, and put your hand on the upper, outer part of one buttock, below the bony rim of the pelvis.':
      'De pie, pon la mano en la parte superior y externa de una nalga, por debajo del borde óseo de la pelvis.',
    'Press with your fingertips, or lean that spot on a ball against a wall.':
      'Presiona con las yemas de los dedos, o apoya ese punto sobre una pelota contra una pared.',
    'Stay upper and outer: keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Quédate arriba y hacia fuera: evita la parte baja y central de la nalga, por donde pasa el nervio ciático.',
    'Front of the hip': 'Parte delantera de la cadera',
    'Stand and find the bony point at the front of your pelvis.':
      'De pie, busca el saliente óseo de la parte delantera de la pelvis.',
    'Move your fingers a little down and in, into the crease at the top of the thigh, and press gently.':
      'Desplaza los dedos un poco hacia abajo y hacia dentro, hasta el pliegue de la parte superior del muslo, y presiona suavemente.',
    'Press gently here only: if you feel a pulse, move your fingers away from it.':
      'Aquí presiona solo con suavidad: si notas el pulso, aparta los dedos de él.',
    'Press slowly with two or three fingertips, only as firmly as is tolerable: at most a dull 5–7 out of 10, a few seconds per place. A knot feels like a tender lump or band. Back off if you wince.':
      'Presiona despacio con dos o tres yemas de los dedos, solo con la firmeza que puedas tolerar: como mucho un dolor sordo de 5–7 sobre 10, unos segundos en cada sitio. Un nudo se nota como un bulto o una banda sensible. Afloja si te hace torcer el gesto.',
    'A knot is a spot in a muscle that is tender when pressed. This check takes a few minutes: for each spot, find it, press gently, and mark how tender it felt. It is a way to notice changes over the weeks, not a diagnosis.':
      'Un nudo es un punto de un músculo que resulta sensible al presionarlo. Esta comprobación lleva unos minutos: para cada punto, encuéntralo, presiona suavemente y marca lo sensible que lo notaste. Es una forma de notar cambios a lo largo de las semanas, no un diagnóstico.',
    'Dizziness or feeling faint': 'Mareo o sensación de desmayo',
    'See a professional if a spot stays very tender after about two weeks of self-care, or with new numbness, tingling or weakness, swelling, warmth or redness, fever, or pain that is worse at night.':
      'Acude a un profesional si un punto sigue muy sensible tras unas dos semanas de autocuidado, o si aparece entumecimiento, hormigueo o debilidad nuevos, hinchazón, calor o enrojecimiento, fiebre, o dolor que empeora por la noche.',
    'Your safety answers rule out pressing on muscles, or are not all given yet. You can still go through the spots and mark where it feels tight or sore, without pressing.':
      'Tus respuestas de seguridad descartan presionar los músculos, o todavía no las has dado todas. Aun así puedes recorrer los puntos y marcar dónde notas tensión o dolor, sin presionar.',
  },
};
