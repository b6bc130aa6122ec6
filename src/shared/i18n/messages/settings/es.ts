import type { settingsEn } from './en';

/** The settings window in Spanish. */
export const settingsEs: Record<keyof typeof settingsEn, string> = {
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
  'settings.save.refused': 'Algunos ajustes no se guardaron: mira los mensajes junto a los campos.',
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
  'settings.focus.standingHint': 'El tiempo de pie tras «Estoy de pie»: de {min} a {max} minutos',

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
  'settings.shortcuts.refused': 'Este sistema no acepta {keys} como atajo. Pulsa otra combinación.',
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
  'settings.calendar.summaryOff': 'Activa «Mostrar un resumen semanal» para elegir cuándo aparece.',
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
};
