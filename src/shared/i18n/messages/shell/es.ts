import type { shellEn } from './en';

export const shellEs: Record<keyof typeof shellEn, string> = {
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
  'cli.error.pauseWord': '--pause admite minutos (1–1440), «tomorrow» o «forever», no «{value}»',
  'cli.error.pauseRange': '--pause admite de 1 a 1440 minutos, no {value}',
  'cli.notRunning': 'Unknot no está en marcha.',

  'cli.usage':
    'Uso: unknot [--break-now | --pause MINUTOS | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTOS | --standing | --sitting]\n' +
    '  --break-now        empezar una pausa ahora\n' +
    '  --pause MINUTOS    suspender las pausas (1–1440 minutos; 60 por defecto); también «tomorrow» o «forever»\n' +
    '  --resume           reanudar las pausas\n' +
    '  --summary          abrir el resumen de esta semana\n' +
    '  --status           mostrar el tiempo sentado y la próxima pausa\n' +
    '  --meeting MINUTOS  retener las pausas durante una reunión (1–480 minutos; 60 por defecto); «on» hasta «off»\n' +
    '  --standing         estoy de pie: sin pausas de postura, no cuenta como tiempo sentado\n' +
    '  --sitting          vuelvo a sentarme',

  'appMenu.window': 'Ventana',
  'appMenu.minimize': 'Minimizar',
  'appMenu.close': '{platform, select, mac {Cerrar ventana} other {Cerrar}}',

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
};
