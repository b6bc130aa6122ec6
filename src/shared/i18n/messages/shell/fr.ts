import type { shellEn } from './en';

export const shellFr: Record<keyof typeof shellEn, string> = {
  'notice.title': 'Pause {kind, select, posture {posture} other {mouvement}} dans {in}',
  'notice.waitedTitle':
    '{why, select, call {Votre appel est terminé} presenting {Votre présentation est terminée} dnd {« Ne pas déranger » est désactivé} fullscreen {Le plein écran est terminé} other {Votre pause a assez attendu}} : place à {kind, select, posture {un étirement de {minutes} minutes} other {une marche de {minutes} minutes}}',
  'notice.bodyActions': 'Terminez votre phrase, puis levez-vous.',
  'notice.bodyNoActions': 'Terminez votre phrase : la fenêtre de pause s’ouvre d’elle-même.',
  'notice.snooze': 'Plus tard',
  'notice.startNow': 'Commencer',
  'weeklyNotice.title': 'Votre semaine avec Unknot',
  'weeklyNotice.body':
    '{headline}{streakDays, plural, =0 {} one { Série de # jour{forgiven, plural, =0 {} one { (# jour pardonné)} other { (# jours pardonnés)}}.} other { Série de # jours{forgiven, plural, =0 {} one { (# jour pardonné)} other { (# jours pardonnés)}}.}}',

  'tray.tooltip.paused': 'Unknot – en pause',
  'tray.tooltip.pausedUntil': 'Unknot – en pause, reprise dans {in}',
  'tray.tooltip.inBreak': 'Unknot – pause en cours',
  'tray.tooltip.sitting': 'Unknot – assis depuis {sitting}',
  'tray.tooltip.sittingNext': 'Unknot – assis depuis {sitting} · prochaine pause dans {in}',
  'idle.unavailable': 'Détection d’inactivité indisponible – les pauses suivent l’horloge',
  'tray.problems':
    '⚠ {count, plural, one {Un problème avec vos données} other {# problèmes avec vos données}} – voir les Réglages',
  'tray.breakNow': 'Faire une pause maintenant',
  'tray.pause': 'Suspendre',
  'tray.resume': 'Reprendre',
  'tray.pause30': '30 minutes',
  'tray.pause60': '1 heure',
  'tray.pauseTomorrow': 'Jusqu’à demain',
  'tray.pauseIndefinitely': 'Jusqu’à ce que je reprenne',
  'tray.summary': 'Bilan de la semaine',
  'tray.knots': 'Trouver mes nœuds…',
  'tray.settings': 'Réglages…',
  'tray.quit': 'Quitter Unknot',
  'tray.meeting': 'En réunion',
  'tray.meetingOff': 'Finir la réunion',
  'tray.meetingOn': 'Jusqu’à ce que je l’arrête',
  'tray.atDesk': 'À mon bureau, sans taper',
  'tray.standing': 'Je suis debout',

  'cli.breakNow': 'Une pause commence.',
  'cli.pausedFor': 'Suspendu pour {length}.',
  'cli.pausedTomorrow': 'Suspendu jusqu’à demain.',
  'cli.pausedUntilResume': 'Suspendu jusqu’à ce que vous repreniez.',
  'cli.resumed': 'Repris.',
  'cli.summary': 'Le bilan de la semaine est ouvert.',
  'cli.meetingOff': 'Réunion terminée : les pauses reviennent.',
  'cli.meetingOn': 'En réunion jusqu’à ce que vous l’arrêtiez.',
  'cli.meetingFor': 'En réunion pour {length}.',
  'cli.standing': 'Debout : pas de pauses posture.',
  'cli.sitting': 'Assis.',
  'cli.status.pausedUntil': 'Suspendu ; reprise dans {in}.',
  'cli.status.inBreak': 'Une pause est en cours.',
  'cli.status.offHours': 'En dehors des heures de travail.',
  'cli.status.sitting': 'Assis : {sitting}',
  'cli.status.next':
    'Prochaine pause : {kind, select, movement {mouvement} other {posture}}, dans {in}',
  'cli.status.noNext': 'Prochaine pause : aucune prévue',
  'cli.error.oneCommand': 'Une seule commande à la fois.',
  'cli.error.meeting': '--meeting prend de 1 à 480 minutes, « on » ou « off », pas « {value} »',
  'cli.error.pauseWord':
    '--pause prend des minutes (1–1440), « tomorrow » ou « forever », pas « {value} »',
  'cli.error.pauseRange': '--pause prend de 1 à 1440 minutes, pas {value}',
  'cli.notRunning': 'Unknot n’est pas lancé.',

  'cli.usage':
    'Utilisation : unknot [--break-now | --pause MINUTES | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTES | --standing | --sitting]\n' +
    '  --break-now        commencer une pause maintenant\n' +
    '  --pause MINUTES    suspendre les pauses (1–1440 minutes ; 60 par défaut) ; « tomorrow » ou « forever » aussi\n' +
    '  --resume           reprendre les pauses\n' +
    '  --summary          ouvrir le bilan de la semaine\n' +
    '  --status           afficher le temps assis et la prochaine pause\n' +
    '  --meeting MINUTES  retenir les pauses pendant une réunion (1–480 minutes ; 60 par défaut) ; « on » jusqu’à « off »\n' +
    '  --standing         je suis debout : pas de pauses posture, pas compté comme temps assis\n' +
    '  --sitting          retour en position assise',

  'appMenu.window': 'Fenêtre',
  'appMenu.minimize': 'Placer dans le Dock',
  'appMenu.close': '{platform, select, mac {Fermer la fenêtre} other {Fermer}}',

  // store-words : l’avis sans icônes de zone de notification et les boîtes de fichiers.
  'trayHost.title': 'Unknot tourne, mais ce bureau n’affiche aucune icône de zone de notification',
  'trayHost.detail':
    'Unknot vit dans la barre du haut ou la zone de notification, et rien sur ce bureau n’affiche ces icônes : son menu est donc hors d’atteinte. Les pauses et les avis arrivent toujours à l’heure.\n\nSous GNOME, activez l’extension « AppIndicator and KStatusNotifierItem Support » (Ubuntu la fournit sous le nom « Ubuntu AppIndicators » ; ailleurs, installez gnome-shell-extension-appindicator), puis déconnectez-vous et reconnectez-vous.\n\nD’ici là, relancez Unknot depuis votre lanceur d’applications pour ouvrir ses réglages.',
  'trayHost.ok': 'OK',
  'trayHost.openSettings': 'Ouvrir les Réglages',
  'dialog.exportHistory': 'Exporter votre historique Unknot',
  'dialog.choosePicture': 'Choisir une image',
  'dialog.importProgramme': 'Importer un programme',
  'dialog.exportProgramme': 'Exporter votre programme',
  'dialog.filter.csv': 'Tableur CSV',
  'dialog.filter.json': 'Données JSON',
  'dialog.filter.programme': 'Programme Unknot',
  'dialog.filter.pictures': 'Images (PNG, JPEG, WebP)',
  'cli.error.noAnswer': 'l’Unknot en cours a reçu la commande mais n’a pas répondu ({cause})',
  'safety.refusal':
    '{reason, select, unanswered {Les exercices de pression restent désactivés tant que vous n’avez pas répondu aux questions de sécurité. Vous pouvez y répondre ici, sous Sécurité.} other {Les exercices de pression restent désactivés tant que vous n’avez pas confirmé qu’un médecin ou un kinésithérapeute les juge adaptés pour vous.}}',
  'dayMark.outOfRange':
    '{limit, select, ahead {Un jour peut être marqué au plus un an à l’avance.} other {Un jour peut être marqué au plus cinq ans en arrière.}}',
};
