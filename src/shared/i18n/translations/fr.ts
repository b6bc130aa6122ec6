import type { Translation } from '../translation';

/**
 * Français: Unknot’s messages by area, typed against the English areas so a
 * missing id fails typecheck, then the catalogue. Not yet checked by a fluent reader (see
 * the README).
 */
export const translation: Translation = {
  name: 'Français',
  messages: {
    app: {
      'duration.seconds': '{seconds} s',
      'duration.minutes': '{minutes} min',
      'duration.hoursMinutes': '{hours} h {minutes} min',
      'duration.wholeMinutes': '{minutes, plural, one {# minute} other {# minutes}}',

      'week.line': 'Cette semaine : {taken}/{breaks} {breaks, plural, one {pause} other {pauses}}',
      'week.none': 'Aucune pause enregistrée cette semaine{current, select, true {} other {-là}}.',
      'week.headline':
        'Vous avez fait {taken} {breaks, plural, one {pause} other {pauses}} sur {breaks}{change, select, first { pendant votre première semaine avec Unknot} same {, autant que {current, select, true {la semaine dernière} other {la semaine précédente}}} more {, {size} de plus que {current, select, true {la semaine dernière} other {la semaine précédente}}} fewer {, {size} de moins que {current, select, true {la semaine dernière} other {la semaine précédente}}} other {}}.',

      'key.enter': 'Entrée',
      'key.escape': 'Échap',
      'key.space': 'Espace',
      'break.none': 'Aucune pause n’est prévue pour l’instant.',
      'break.loadError': 'Unknot n’a pas pu charger cette pause : {reason}',
      'break.saveError': 'Votre pause n’a pas été enregistrée : {reason}. Réessayez.',
      'break.kind': '{kind, select, movement {Pause mouvement} other {Pause posture}}',
      'break.timeFor': 'C’est l’heure de {care} de soin',
      'break.standUp': 'Levez-vous et bougez une minute',
      'break.start': 'Commencer',
      'break.coming': 'Au programme',
      'break.eachSide': '{care} de chaque côté',
      'care.seconds': '{seconds} s',
      'care.minutes': '{minutes} min',
      'care.minutesSeconds': '{minutes} min {seconds} s',
      'break.snooze': 'Plus tard',
      'break.snoozesLeft': '{count, plural, one {Encore # report} other {Encore # reports}}',
      'break.noSnoozes': 'Plus de report possible pour cette pause',
      'break.strictNoSkip': 'Mode strict : cette pause ne peut pas être sautée.',
      'break.skipBreak': 'Sauter la pause',
      'break.mute': 'Couper le son',
      'break.snoozed': 'Reportée. À dans quelques minutes.',
      'exercise.count': 'Exercice {number} sur {total}',
      'exercise.fallbackName': 'Bougez doucement',
      'exercise.figureSide': '{alt} Côté {side, select, right {droit} other {gauche}}.',
      'exercise.howTo': 'Comment faire',
      'exercise.yourSide': 'Votre côté {side, select, right {droit} other {gauche}}',
      'exercise.steps': 'Étapes',
      'exercise.feel': 'Sensation :',
      'exercise.stopIf': 'Arrêtez si vous ressentez',
      'exercise.why': 'Pourquoi :',
      'exercise.ownHold':
        'Tenez {seconds, plural, one {# seconde} other {# secondes}}{sides, select, both { de chaque côté.} other {.}}',
      'exercise.ownReps':
        '{count, plural, one {# répétition lente} other {# répétitions lentes}}{sides, select, both { de chaque côté.} other {.}}',
      'exercise.ownWhy': 'Votre propre exercice, avec vos propres mots.',
      'exercise.ownPicture': 'Votre image pour {name}',
      'side.word': '{side, select, right {droit} other {gauche}}',
      'hold.paused': 'En pause',
      'hold.getReadyWalk': 'Préparez-vous à marcher',
      'hold.getIntoPosition': 'Mettez-vous en position',
      'hold.switchSides': 'Changez de côté',
      'hold.walk': 'Marchez',
      'hold.action':
        '{kind, select, pressure {Maintenez la pression} strength {Continuez} other {Maintenez l’étirement}}',
      'hold.sideAction':
        '{side, select, right {Côté droit} other {Côté gauche}} : {kind, select, pressure {maintenez la pression} strength {continuez} other {maintenez l’étirement}}',
      'hold.timeLeft': 'Temps restant',
      'hold.progress': 'Progression du maintien',
      'hold.sideOf': 'Côté {side, select, right {droit} other {gauche}} · {number} sur {total}',
      'hold.startsIn': ' · début dans {seconds} s',
      'hold.pause': 'Pause',
      'hold.resume': 'Reprendre',
      'hold.startNow': 'Commencer',
      'hold.nextSide': 'Côté suivant',
      'hold.finish': 'Terminer',
      'hold.nextExercise': 'Exercice suivant',
      'hold.strictWait': 'Mode strict : le minuteur avance tout seul.',
      'hold.holdMore': 'Tenez encore {seconds} s pour continuer, ou sautez cet exercice.',
      'hold.skipExercise': 'Sauter cet exercice',
      'hold.swapFor': 'Remplacer par {name}',
      'hold.anotherExercise': 'un autre exercice',
      'effort.question': 'C’était comment ?',
      'effort.tooMuch': 'Trop',
      'effort.right': 'Juste bien',
      'effort.tooLittle': 'Trop peu',
      'effort.saveError': 'Impossible d’enregistrer ; la dose reste la même.',
      'effort.next': 'La prochaine fois : {seconds} s.',
      'effort.same': 'La prochaine fois reste à {seconds} s.',
      'finish.kicker': 'Pause terminée',
      'finish.title':
        '{outcome, select, completed {Bravo} partial {Bien, un peu de soin pris} other {Ce sera pour la prochaine fois}}',
      'finish.logged':
        '{outcome, select, completed {Enregistrée comme faite.} partial {Enregistrée comme faite en partie : au moins la moitié du temps prévu a été tenue.} other {Enregistrée comme sautée : moins de la moitié du temps prévu a été tenue.}}',
      'finish.next':
        '{outcome, select, completed {Au travail : à la prochaine pause.} partial {Au travail : la prochaine pause pourra aller jusqu’au bout.} other {Pas de souci : la prochaine pause est une nouvelle chance.}} Cette fenêtre se ferme d’elle-même dans un instant.',
      'finish.careBreak': '<b>{care}</b> de soin pendant cette pause',
      'finish.careToday': '<b>{care}</b> de soin aujourd’hui',
      'finish.done': 'Terminé',
      'finish.whatYouDid': 'Ce que vous avez fait',
      'finish.item': '{name} : {held}{partly, select, true { (en partie)} other {}}',
      'safety.region': 'Sécurité',
      'safety.first': 'La sécurité d’abord',
      'safety.warningSigns': 'Signes d’alerte et quand s’arrêter',
      'safety.answer': 'Répondre aux questions de sécurité (moins d’une minute)',
      'safety.thanksOn':
        'Merci. Les exercices de pression peuvent faire partie de vos prochaines pauses.',
      'safety.thanks': 'Merci. {text}',
      'report.legend':
        'Avez-vous l’un de ces signes ? Dites-le à Unknot, et les pauses restent douces.',
      'report.emergencyNow': 'Un signe d’urgence ci-dessus, en ce moment',
      'report.button': 'Signaler et garder mes pauses douces',
      'report.thanks':
        'Merci. Arrêtez cette pause ici (Sauter). Dès la prochaine pause, Unknot ne propose que des mouvements doux, pendant 14 jours ou jusqu’à ce qu’un professionnel vous ait examiné.',
      'report.error': 'Rien n’a été enregistré : {reason}',
      'app.windowTitle':
        '{window, select, break {Unknot — pause} summary {Unknot — votre semaine} settings {Unknot — réglages} onboarding {Unknot — bienvenue} knots {Unknot — trouver mes nœuds} other {Unknot}}',
      'exercise.figureStill': '{label} Les positions clés, côte à côte.',
      'hold.getReadyMove': 'Préparez-vous à bouger',
      'hold.move': 'Continuez à bouger',
    },
    shell: {
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

      // store-words : l’avis sans icônes de zone de notification et les boîtes de fichiers.
      'trayHost.title':
        'Unknot tourne, mais ce bureau n’affiche aucune icône de zone de notification',
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
      'cli.usage':
        'Utilisation : unknot [--break-now | --pause MINUTES | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTES | --standing | --sitting]\n  --break-now        commencer une pause maintenant\n  --pause MINUTES    suspendre les pauses (1–1440 minutes ; 60 par défaut) ; « tomorrow » ou « forever » aussi\n  --resume           reprendre les pauses\n  --summary          ouvrir le bilan de la semaine\n  --status           afficher le temps assis et la prochaine pause\n  --meeting MINUTES  retenir les pauses pendant une réunion (1–480 minutes ; 60 par défaut) ; « on » jusqu’à « off »\n  --standing         je suis debout : pas de pauses posture, pas compté comme temps assis\n  --sitting          retour en position assise',
      'appMenu.window': 'Fenêtre',
      'appMenu.minimize': 'Placer dans le Dock',
      'appMenu.close': '{platform, select, mac {Fermer la fenêtre} other {Fermer}}',
    },
    common: {
      'common.language.label': 'Langue',
      'common.language.system': 'Comme le système',
      'common.language.hint': 'Les menus, les notifications et toutes les fenêtres la suivent.',

      'common.signs.emergency': 'Appelez une ambulance maintenant',
      'common.signs.urgent': 'Consultez un médecin aujourd’hui',
      'common.signs.sources': 'D’après les pages du NHS {titles} (nhs.uk/conditions).',
      'common.protective.seeDoctor':
        'Veuillez consulter un médecin aujourd’hui au sujet de ce que vous avez signalé.',
      'common.protective.seen': 'Un médecin ou un kinésithérapeute m’a examiné',
      'common.protective.saveFailed': 'Cela n’a pas été enregistré : {error}',

      'common.tension.intro':
        'Une fois par semaine, notez la tension dans les zones qui vous importent : 0 pour aucune, 10 pour la pire.',
      'common.tension.areas': 'Zones',
      'common.tension.area.neck': 'Cou',
      'common.tension.area.shoulders': 'Épaules',
      'common.tension.area.upperBack': 'Haut du dos',
      'common.tension.area.chest': 'Poitrine',
      'common.tension.area.lowerBack': 'Bas du dos',
      'common.tension.area.hips': 'Hanches',
      'common.tension.area.glutes': 'Fesses',
      'common.tension.area.legs': 'Jambes',
      'common.tension.rating': 'Tension : {area}, de 0 à 10',
      'common.tension.front': 'Devant',
      'common.tension.back': 'Dos',
      'common.tension.happeningNow': 'L’un de ces signes se produit en ce moment',
      'common.tension.flagsQuestion':
        'Consultez un médecin aujourd’hui : depuis la semaine dernière, avez-vous remarqué l’un de ces signes ?',
      'common.tension.alsoSee': 'Consultez aussi un médecin aujourd’hui en cas de : {signs}.',
      'common.tension.gentle':
        'Chacun de ces signes limite vos pauses à des mouvements doux pendant 14 jours, ou jusqu’à ce qu’un professionnel vous ait examiné.',
      'common.tension.save': 'Enregistrer le bilan',
      'common.tension.saved': 'Bilan enregistré.',
      'common.tension.saveFailed': 'Le bilan n’a pas été enregistré : {error}',
      'common.tension.loadFailed': 'Les bilans précédents n’ont pas pu être chargés : {error}',
      'common.tension.last': 'Dernier bilan : {date}',

      // core-words: whether pressure exercises are on, and protective mode's rule.
      'common.pressure.unanswered':
        'Les exercices de pression (une balle contre un mur) restent désactivés tant que vous n’avez pas répondu aux questions de sécurité. Les étirements, le renforcement et le mouvement sont activés.',
      'common.pressure.off':
        '{why, select, answers {Les exercices de pression sont désactivés à cause de : {reasons}.} both {Les exercices de pression sont désactivés à cause de : {reasons}. Vous les avez aussi désactivés vous-même.} ownChoice {Les exercices de pression sont désactivés parce que vous les avez désactivés vous-même.} other {Les exercices de pression sont désactivés.}} Les étirements, le renforcement et le mouvement restent actifs.',
      'common.pressure.on':
        '{cleared, select, true {Les exercices de pression sont activés. Vous avez dit à Unknot qu’un professionnel vous a dit qu’ils vous conviennent.} other {Les exercices de pression sont activés.}}',
      'common.protective.reported': 'Vous avez signalé :',
      'common.protective.rule':
        'Tant qu’un médecin ou un kinésithérapeute ne l’a pas examiné, Unknot limite vos pauses à des mouvements doux : ni pression, ni renforcement. Cela dure {days, plural, one {# jour} other {# jours}}, ou jusqu’à ce que vous disiez qu’un professionnel vous a examiné.',
    },
    summary: {
      'summary.title': 'Votre semaine',
      'summary.loadFailed': 'Unknot n’a pas pu charger le résumé : {error}',
      'summary.weeks': 'Semaines',
      'summary.previousWeek': '← Semaine précédente',
      'summary.nextWeek': 'Semaine suivante →',
      'summary.firstWeekHeadline': 'Votre première semaine commence ici.',
      'summary.outcomesHeading': 'Pauses par jour',
      'summary.sittingHeading': 'Plus longue période assise',
      'summary.sittingEmpty': 'Aucune position assise enregistrée cette semaine.',
      'summary.areasHeading': 'Soins par zone du corps',
      'summary.areasEmpty': 'Aucun exercice tenu cette semaine.',
      'summary.tableHeading': 'La semaine en chiffres',

      'summary.outcome.completed': 'Terminées',
      'summary.outcome.partial': 'Faites en partie',
      'summary.outcome.natural': 'Levé de vous-même',
      'summary.outcome.skipped': 'Passées',
      'summary.outcome.snoozed': 'Reportées',
      'summary.outcome.missed': 'Manquées',
      'summary.area.upperBack': 'Haut du dos',
      'summary.area.shoulders': 'Épaules',
      'summary.area.neck': 'Cou',
      'summary.area.chest': 'Poitrine',
      'summary.area.forearms': 'Avant-bras et poignets',
      'summary.area.lowerBack': 'Bas du dos',
      'summary.area.hips': 'Hanches',
      'summary.area.glutes': 'Fessiers',
      'summary.area.legs': 'Jambes',
      'summary.area.wholeBody': 'Tout le corps (en mouvement)',
      'summary.area.other': 'Autre',
      'summary.chartLabel':
        'Pauses par jour selon leur issue ; les mêmes chiffres figurent dans le tableau ci-dessous',

      'summary.figures.label': 'La semaine en un coup d’œil',
      'summary.figures.completion': 'Réalisation',
      'summary.figures.care': 'Minutes de soin',
      'summary.figures.daysWithCare': 'Jours avec soin',
      'summary.figures.daysOf': '{days} sur 7',
      'summary.figures.streak': 'Série',
      'summary.streak':
        '{days, plural, =0 {Pas encore de série} one {Série de # jour} other {Série de # jours}}{forgiven, plural, =0 {} one { (# jour pardonné)} other { (# jours pardonnés)}}',
      'summary.figures.natural': 'Levé de vous-même',
      'summary.figures.boutsOver60': 'Périodes assises de plus de 60 min',
      'summary.figures.standing': 'Debout au bureau',
      'summary.figures.held': 'Pauses qui ont attendu la fin d’un appel ou de « Ne pas déranger »',

      'summary.table.scrollCue': 'Faites défiler sur le côté pour plus de colonnes →',
      'summary.table.region': 'La semaine en chiffres, défile sur le côté',
      'summary.table.caption': 'La semaine jour par jour',
      'summary.table.day': 'Jour',
      'summary.table.taken': 'Pauses prises',
      'summary.table.breaks': 'Pauses',
      'summary.table.natural': 'De vous-même',
      'summary.table.care': 'Soin',
      'summary.table.sitting': 'Assis',
      'summary.table.longestBout': 'Plus longue période',
      'summary.table.standing': 'Debout',
      'summary.table.held': 'Retenues pour un appel',
      'summary.table.week': 'Semaine',

      'summary.days.heading': 'Jours',
      'summary.days.list': 'Les jours de la semaine',
      'summary.days.state':
        '{state, select, holiday {Congé} sick {Maladie} care {Soin} other {Sans soin}}',
      'summary.days.unmark': 'Retirer la marque',
      'summary.days.unmarkDay': 'Retirer la marque de {day}',
      'summary.days.marked':
        '{day} marqué comme {kind, select, holiday {jour de congé} other {jour de maladie}}.',
      'summary.days.unmarked': 'Marque retirée de {day}.',
      'summary.days.notMarked': 'Non marqué : {error}',
      'summary.days.explain':
        'Un jour de congé ou de maladie sans soin n’interrompt pas votre série.',
      'summary.days.day': 'Jour',
      'summary.days.markAs': 'Marquer comme',
      'summary.days.holiday': 'Congé prévu',
      'summary.days.sick': 'Jour de maladie',
      'summary.days.submit': 'Marquer le jour',

      'summary.export.heading': 'Votre historique',
      'summary.export.intro':
        'Chaque pause enregistrée par Unknot, en tableur (CSV) ou en données (JSON).',
      'summary.export.csv': 'Exporter en CSV',
      'summary.export.json': 'Exporter en JSON',
      'summary.export.busy': 'Export en cours…',
      'summary.export.saved':
        '{rows, plural, one {# pause enregistrée} other {# pauses enregistrées}} dans {path}.',
      'summary.export.cancelled': 'Export annulé ; rien n’a été enregistré.',
      'summary.export.failed': 'L’export a échoué : {error}',

      'summary.first.heading': 'Commencez par une pause',
      'summary.first.start': 'Faire une pause maintenant',
      'summary.first.opening': 'Votre pause s’ouvre dans sa propre fenêtre.',
      'summary.first.failed': 'La pause n’a pas pu commencer : {error}',
      'summary.first.also':
        'Unknot vous en propose aussi une quand vous êtes assis depuis un moment.',
      'summary.first.previewHeading': 'Ce qui apparaîtra ici',
      'summary.first.takenTerm': 'Pauses prises',
      'summary.first.takenDetail':
        'combien des pauses proposées par Unknot vous avez prises, jour par jour',
      'summary.first.careTerm': 'Minutes de soin',
      'summary.first.careDetail':
        'le temps pendant lequel vous avez tenu chaque exercice, par zone',
      'summary.first.sittingTerm': 'Votre plus longue période assise',
      'summary.first.sittingDetail': 'la plus longue durée passée assis chaque jour sans pause',
      'summary.first.streakTerm': 'Votre série',
      'summary.first.streakDetail':
        'jours avec au moins une minute de soin ; un jour ouvré manqué est pardonné',

      'summary.trend.heading': 'Tension et pauses',
      'summary.trend.loadFailed': 'Unknot n’a pas pu charger vos bilans de tension : {error}',
      'summary.trend.checkInHeading': 'Bilan de tension hebdomadaire',
      'summary.trend.chartLabel':
        'Tension moyenne et part des pauses prises par semaine ; les mêmes chiffres figurent dans le tableau ci-dessous',
      'summary.trend.legendTaken': 'Pauses prises (% des pauses, échelle de droite)',
      'summary.trend.legendTension': 'Tension moyenne (0–10, échelle de gauche)',
      'summary.trend.region': 'Tableau de tension, défile sur le côté',
      'summary.trend.caption': 'Tension et pauses, semaine par semaine',
      'summary.trend.weekOf': 'Semaine du',
      'summary.trend.tension': 'Tension moyenne',
      'summary.trend.checkIns': 'Bilans',
      'summary.trend.share': 'Part prise',
      'summary.trend.noCheckIn': 'Aucun bilan',
    },
    onboarding: {
      'onboarding.step': 'Étape {step} sur {total}',
      'onboarding.back': 'Retour',
      'onboarding.next': 'Suivant',
      'onboarding.finish': 'Terminer',
      'onboarding.skip': 'Passer pour l’instant',
      'onboarding.saveFailed': 'Cela n’a pas été enregistré : {error}. Réessayez.',
      'onboarding.loadFailed': 'Unknot n’a pas pu charger vos réglages : {error}',
      'onboarding.sitting.title': 'Des pauses courtes et fréquentes',
      'onboarding.sitting.body':
        'Unknot remarque depuis combien de temps vous êtes assis devant l’ordinateur, d’après l’activité du clavier et de la souris, et propose une courte pause posture environ toutes les 30 minutes. Le temps passé loin de l’ordinateur compte comme une pause.',
      'onboarding.routine.title': 'Une minute ou deux de soin',
      'onboarding.routine.body':
        'Chaque pause vous guide pendant une à trois minutes : un étirement, une courte marche, ou une balle tenue contre un mur sur un point tendu. Un minuteur compte chaque maintien pour vous.',
      'onboarding.habit.title': 'La régularité avant l’intensité',
      'onboarding.habit.body':
        'Unknot enregistre ce que vous avez fait et montre une fois par semaine votre régularité. Un jour manqué n’efface pas vos progrès.',
      'onboarding.equipment.title': 'Qu’avez-vous sous la main ?',
      'onboarding.equipment.legend':
        'Unknot ne propose que des exercices pour lesquels vous avez le nécessaire.',
      'onboarding.equipment.ball': 'Une balle ferme (de tennis ou de crosse)',
      'onboarding.equipment.wall': 'Un pan de mur libre',
      'onboarding.equipment.doorway': 'Un encadrement de porte',
      'onboarding.equipment.chair': 'Une chaise stable',
      'onboarding.safety.title': 'Une courte vérification de sécurité',
      'onboarding.safety.intro':
        'Appuyer sur les points tendus ne convient pas à tout le monde. Vos réponses restent sur cet ordinateur.',
      'onboarding.redFlags.title': 'Quand consulter un professionnel',
      'onboarding.redFlags.yesTo': 'Vous avez répondu oui à : {reasons}.',
      'onboarding.done.title': 'Tout est prêt',
      'onboarding.done.body':
        'Unknot est dans votre zone de notification et proposera votre première pause après un moment assis. Vous pouvez tout changer dans les Réglages.',
      'onboarding.later.title': 'Peut-être plus tard',
      'onboarding.later.body':
        'Vous pouvez refaire l’accueil et la vérification de sécurité à tout moment dans les Réglages, rubrique Sécurité.',
      'onboarding.close': 'Fermer',

      'onboarding.answer': '{yes, select, true {Oui} other {Non}}',
      'onboarding.answerMissing': 'Veuillez choisir oui ou non.',
      'onboarding.inline.question': 'L’un de ces points vous concerne-t-il ?',
      'onboarding.inline.none': 'Aucun ne me concerne',
      'onboarding.inline.some': 'Un ou plusieurs me concernent',
      'onboarding.inline.save': 'Enregistrer mes réponses',
      'onboarding.inline.saveFailed':
        'Vos réponses n’ont pas été enregistrées : {error}. Réessayez.',
    },
    knots: {
      'knots.title': 'Trouver mes nœuds',
      'knots.loadFailed': 'Unknot n’a pas pu ouvrir le détecteur de nœuds : {error}',
      'knots.savedTitle': 'Votre bilan est enregistré',
      'knots.close': 'Fermer',
      'knots.saveFailed': 'Vos marques n’ont pas été enregistrées : {error}. Réessayez.',
      'knots.back': 'Retour',
      'knots.skip': 'Passer ce point',
      'knots.save': 'Enregistrer mon bilan',
      'knots.start': 'Commencer',
      'knots.nextSpot': 'Point suivant',

      'knots.progress': 'Point {position} sur {total}',
      'knots.howToFind': 'Comment le trouver',
      'knots.howFirmly': 'Avec quelle fermeté appuyer',
      'knots.withoutPressing': 'Sans appuyer',
      'knots.restHand':
        'Posez la main à cet endroit et sentez si c’est tendu ou douloureux. N’appuyez pas.',
      'knots.stopWith': 'Arrêtez aussitôt en cas de :',
      'knots.stopSigns': '{signs}.',
      'knots.tenderQuestion': 'Quelle sensibilité ?',
      'knots.tenderness':
        '{level, plural, =0 {Pas sensible} =1 {Un peu sensible} other {Très sensible}}',

      'knots.skippedAll': 'Vous avez passé tous les points : rien n’a été marqué cette fois.',
      'knots.marks': 'Vos marques',
      'knots.mark':
        '{spot} : {level, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}}',
      'knots.favour':
        'Vos prochaines pauses privilégieront des exercices pour {spots}, dans le respect de vos réponses de sécurité.',
      'knots.noneTender':
        'Aucun point n’était sensible : vos pauses continuent de passer par toutes les zones.',
      'knots.changes': 'Depuis votre bilan précédent',
      'knots.change':
        '{spot} : {change, select, eased {détendu} same {à peu près pareil} other {plus sensible}} ({from, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}} → {to, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}})',
      'knots.heading': 'Nœuds',
      'knots.changesFailed':
        'Les résultats du détecteur de nœuds n’ont pas pu être chargés : {error}',
      'knots.notChecked': 'Vous n’avez pas encore vérifié vos nœuds.',
      'knots.checkAgain':
        'Refaites le bilan dans une semaine environ pour voir quels points se sont détendus.',
      'knots.eased': 'Détendus depuis le bilan précédent : {spots}.',
      'knots.open': 'Trouver mes nœuds…',
    },
    settings: {
      'settings.title': 'Réglages',
      'settings.loadFailed': 'Unknot n’a pas pu charger vos réglages : {error}',
      'settings.idleUnavailable':
        'Détection d’inactivité indisponible — les pauses suivent l’horloge : ce bureau ne dit pas à Unknot quand vous avez tapé ou bougé la souris pour la dernière fois, donc le temps passé loin de l’ordinateur n’est pas remarqué.',
      'settings.fileProblems':
        'Certains réglages de votre fichier de réglages étaient inutilisables et ont été réinitialisés :',
      'settings.fileProblem': 'Réglage {path} : {message}',
      'settings.fileProblemWhole': 'Le fichier : {message}',
      'settings.resetAll': 'Rétablir tous les réglages par défaut',
      'settings.footer':
        'Les changements s’appliquent dès qu’ils sont valides. Rétablir ne change jamais vos réponses de sécurité.',
      'settings.nav.label': 'Pages des réglages',
      'settings.nav.breaks': 'Pauses',
      'settings.nav.workingHours': 'Heures de travail',
      'settings.nav.equipment': 'Matériel',
      'settings.nav.safety': 'Sécurité',
      'settings.nav.programme': 'Mon programme',
      'settings.nav.tension': 'Tension',
      'settings.nav.sound': 'Sons',
      'settings.nav.shortcuts': 'Raccourcis',
      'settings.nav.calendar': 'Démarrage et semaine',
      'settings.nav.appearance': 'Apparence',
      'settings.nav.data': 'Vos données',
      'settings.reset':
        '{section, select, breaks {Rétablir les pauses par défaut} workingHours {Rétablir les heures de travail par défaut} equipment {Rétablir le matériel et les exercices par défaut} sound {Rétablir les sons par défaut} shortcuts {Rétablir les raccourcis par défaut} calendar {Rétablir démarrage et semaine par défaut} other {Rétablir l’apparence par défaut}}',
      'settings.save.label': 'État de l’enregistrement',
      'settings.save.saved': 'Enregistré',
      'settings.save.notSaved': 'Non enregistré : {problem}',
      'settings.save.refused':
        'Certains réglages n’ont pas été enregistrés : voyez les messages près des champs.',
      'settings.save.failed': 'Votre changement n’a pas été enregistré : {error}',
      'settings.save.resetDone': 'Valeurs par défaut rétablies et enregistrées',
      'settings.save.resetFailed': 'Impossible de rétablir : {error}',
      'settings.timeFormat':
        '{hours, select, 12 {format 12 heures, par exemple {sample}} other {format 24 heures, par exemple {sample}}}',
      'settings.unit.minutes': 'minutes',
      'settings.unit.seconds': 'secondes',
      'settings.unit.snoozes': 'reports',

      'settings.breaks.title': 'Pauses',
      'settings.breaks.postureEvery': 'Pause posture après être resté assis',
      'settings.breaks.postureEveryHint':
        '20 à 60 minutes ; toutes les 20 à 30 minutes convient à la plupart des gens',
      'settings.breaks.postureLength': 'Durée de la pause posture',
      'settings.breaks.postureLengthHint': '30 à 90 secondes',
      'settings.breaks.movementEvery': 'Pause mouvement après être resté assis',
      'settings.breaks.movementEveryHint': '30 à 120 minutes',
      'settings.breaks.movementLength': 'Durée de la pause mouvement',
      'settings.breaks.movementLengthHint': '3 à 5 minutes de marche',
      'settings.breaks.noticeLead': 'Me prévenir ce temps avant une pause',
      'settings.breaks.noticeLeadHint': 'Le délai d’avertissement : 0 à 300 secondes',
      'settings.breaks.natural': 'Temps loin de l’ordinateur qui compte comme une pause',
      'settings.breaks.naturalHint': 'Une pause naturelle : 1 à 15 minutes',
      'settings.breaks.typingPause': 'Afficher la pause quand j’arrête de taper pendant',
      'settings.breaks.typingPauseHint': 'La pause de frappe : 1 à 10 secondes',
      'settings.breaks.grace': 'Si je continue de taper, afficher quand même la pause après',
      'settings.breaks.graceHint': 'Le délai de grâce : 0 à 120 secondes',
      'settings.breaks.missedAfter':
        'Si je laisse une pause sans réponse, la compter manquée après',
      'settings.breaks.missedAfterHint': '1 à 60 minutes',
      'settings.breaks.snooze': 'Reporter de',
      'settings.breaks.snoozeHint': '1 à 30 minutes',
      'settings.breaks.snoozeLimit': 'Reports permis d’affilée',
      'settings.breaks.snoozeLimitHint': '0 à 5',
      'settings.breaks.strict': 'Ne pas me laisser passer une pause',
      'settings.breaks.strictHint':
        'Mode strict : pas de bouton pour passer ; les reports suivent toujours la limite ci-dessus.',
      'settings.focus.unknown': 'Impossible de vérifier si Unknot voit vos appels ici.',
      'settings.focus.none':
        'Sur cet ordinateur, Unknot ne peut pas savoir quand vous êtes en appel, en présentation ou en mode « Ne pas déranger » ; les pauses ne les attendent donc pas d’elles-mêmes.',
      'settings.focus.intro':
        'Les pauses attendent, et viennent quand c’est fini, tant qu’Unknot voit :',
      'settings.focus.source':
        '{source, select, inhibitor {les appels et présentations qui gardent l’écran allumé} kde {« Ne pas déranger » dans KDE} gnome {« Ne pas déranger » dans GNOME} camera {la caméra utilisée} fullscreen {une fenêtre en plein écran} windows {le mode présentation, les apps en plein écran et l’assistant de concentration} other {la caméra ou le micro utilisés}}',
      'settings.focus.manual':
        '« En réunion » dans la zone de notification et <code>unknot --meeting 60</code> retiennent les pauses quand vous le demandez.',

      'settings.hours.title': 'Heures de travail',
      'settings.hours.intro': 'En dehors de ces heures, Unknot reste silencieux.',
      'settings.hours.enabled': 'Ne proposer des pauses que pendant les heures de travail',
      'settings.hours.legend': 'Vos jours de travail',
      'settings.hours.off':
        'Activez « Ne proposer des pauses que pendant les heures de travail » pour régler les heures.',
      'settings.hours.timeFormat':
        '{hours, select, 12 {Heures au format 12 heures, par exemple {sample}.} other {Heures au format 24 heures, par exemple {sample}.}}',
      'settings.hours.none': 'Pas d’heures de travail',
      'settings.hours.from': 'De',
      'settings.hours.to': 'à',
      'settings.hours.rangeStart': '{day}, plage {number}, début',
      'settings.hours.rangeEnd': '{day}, plage {number}, fin',
      'settings.hours.removeRange': 'Supprimer {day}, plage {number}',
      'settings.hours.remove': 'Supprimer',
      'settings.hours.addRange': 'Ajouter une plage le {day}',

      'settings.equipment.title': 'Matériel et exercices',
      'settings.equipment.legend': 'Ce que vous avez',
      'settings.equipment.ball': 'Une balle ferme (de tennis ou de crosse)',
      'settings.equipment.wall': 'Un bout de mur libre',
      'settings.equipment.doorway': 'Un encadrement de porte',
      'settings.equipment.chair': 'Une chaise stable',
      'settings.equipment.band': 'Une bande élastique d’exercice',
      'settings.equipment.foamRoller': 'Un rouleau en mousse',
      'settings.equipment.hint':
        'Unknot ne propose que des exercices pour lesquels vous avez le matériel.',
      'settings.equipment.exercises': 'Exercices',
      'settings.equipment.pressureOff':
        '{state, select, unanswered {Désactivé jusqu’à ce que vous répondiez aux questions de sécurité : les exercices de pression restent désactivés d’ici là (voir Sécurité).} off {Désactivé pour l’instant : vos réponses de sécurité ont désactivé les exercices de pression (voir Sécurité).} other {Désactivé pour l’instant : seulement des mouvements doux tant que votre signe d’alerte est examiné (voir Sécurité).}}',

      'settings.safety.title': 'Sécurité',
      'settings.safety.turnOff': 'Désactiver les exercices de pression',
      'settings.safety.professional':
        'Un médecin ou un kinésithérapeute m’a dit que les exercices de pression me conviennent',
      'settings.safety.turnOn': 'Réactiver les exercices de pression',
      'settings.safety.sites':
        'Les exercices qui sollicitent ces zones sont écartés après votre opération ou blessure : {sites}. Demandez à votre chirurgien ou kinésithérapeute quels étirements sont sûrs, puis réactivez-les ici.',
      'settings.safety.siteName':
        '{site, select, neck {cou} shoulder {épaule ou bras} chest {poitrine} upperBack {haut du dos} lowerBack {bas du dos} abdomen {ventre (abdomen)} hip {hanche} knee {genou ou jambe} other {partie du corps}}',
      'settings.safety.siteBack':
        '{site, select, neck {Réactiver les exercices pour le cou} shoulder {Réactiver les exercices pour l’épaule ou le bras} chest {Réactiver les exercices pour la poitrine} upperBack {Réactiver les exercices pour le haut du dos} lowerBack {Réactiver les exercices pour le bas du dos} abdomen {Réactiver les exercices pour le ventre (abdomen)} hip {Réactiver les exercices pour la hanche} other {Réactiver les exercices pour le genou ou la jambe}}',
      'settings.safety.askAgain': 'Répondre de nouveau aux questions de sécurité',
      'settings.safety.welcomeAgain': 'Refaire l’accueil et la vérification de sécurité',
      'settings.safety.warningSigns': 'Signes d’alerte',

      'settings.tension.title': 'Point sur la tension',
      'settings.sound.title': 'Sons',
      'settings.sound.enabled': 'Jouer un son doux pour changer de côté',
      'settings.sound.legend': 'Le son',
      'settings.sound.off':
        'Activez « Jouer un son doux pour changer de côté » pour régler son volume.',
      'settings.sound.volume': 'Volume',
      'settings.sound.volumeHint': '0 à 100 %',
      'settings.shortcuts.title': 'Raccourcis',
      'settings.shortcuts.intro':
        'Les raccourcis globaux agissent dans toutes les apps, ils restent donc désactivés jusqu’à ce que vous les activiez.',
      'settings.shortcuts.enabled': 'Utiliser des raccourcis globaux',
      'settings.shortcuts.legend': 'Vos raccourcis',
      'settings.shortcuts.off': 'Activez « Utiliser des raccourcis globaux » pour les enregistrer.',
      'settings.shortcuts.breakNow': 'Faire une pause maintenant',
      'settings.shortcuts.pauseHour': 'Suspendre pendant une heure',
      'settings.shortcuts.hint':
        'Cliquez ici et appuyez sur les touches ensemble. Échap annule, Retour arrière efface.',
      'settings.keys.name':
        '{key, select, Shift {Maj} Command {Commande} Space {Espace} Delete {Suppr} Insert {Inser} Home {Début} End {Fin} PageUp {Page préc.} PageDown {Page suiv.} Up {Flèche haut} Down {Flèche bas} Left {Flèche gauche} Right {Flèche droite} other {{key}}}',
      'settings.shortcuts.none': 'Aucun',
      'settings.shortcuts.taken':
        '{keys} est déjà utilisé par une autre app ou le système, il ne fait donc rien ici. Appuyez sur une autre combinaison.',
      'settings.shortcuts.refused':
        'Ce système n’accepte pas {keys} comme raccourci. Appuyez sur une autre combinaison.',
      'settings.shortcuts.cancelled': 'Annulé : le raccourci reste {keys}.',
      'settings.shortcuts.cancelledOff': 'Annulé : le raccourci reste désactivé.',
      'settings.shortcuts.noModifier':
        '{os, select, mac {Maintenez Commande, Option ou Maj avec la touche : un raccourci sans elles prendrait cette touche à toutes les apps.} other {Maintenez Ctrl, Alt ou Maj avec la touche : un raccourci sans elles prendrait cette touche à toutes les apps.}}',
      'settings.shortcuts.unusableKey':
        '{key} ne peut pas faire partie d’un raccourci. Utilisez une lettre, un chiffre ou F1 à F24.',
      'settings.calendar.title': 'Démarrage et semaine',
      'settings.calendar.launch': 'Lancer Unknot à l’ouverture de session',
      'settings.calendar.weekStart': 'Les semaines commencent le',
      'settings.calendar.systemWeek': 'Comme le dit mon système',
      'settings.calendar.summary': 'Afficher un bilan de la semaine',
      'settings.calendar.summaryLegend': 'Quand le bilan apparaît',
      'settings.calendar.summaryOff':
        'Activez « Afficher un bilan de la semaine » pour choisir quand il apparaît.',
      'settings.calendar.summaryDay': 'Jour du bilan',
      'settings.calendar.summaryTime': 'Heure du bilan',
      'settings.appearance.title': 'Apparence',
      'settings.appearance.theme': 'Thème',
      'settings.appearance.system': 'Comme le système',
      'settings.appearance.light': 'Clair',
      'settings.appearance.dark': 'Sombre',
      'settings.appearance.dim': 'Assombrir les autres écrans pendant une pause',
      'settings.appearance.dimHint':
        'Avec plusieurs écrans, la pause apparaît sur celui où se trouve le pointeur.',
      'settings.release.legend': 'Séance quotidienne de relâchement',
      'settings.release.about':
        'Une fois par jour, 3–5 minutes d’appuis tenus sur la balle ou le rouleau à un niveau supportable de 5–7 sur 10, avec un étirement. Elle n’est proposée que si vos réponses de sécurité permettent la pression. Passez-la quand vous voulez.',
      'settings.release.enabled': 'Proposer une séance quotidienne de relâchement',
      'settings.release.when': 'Quand',
      'settings.release.endOfHours': 'À la fin des heures de travail',
      'settings.release.atTime': 'À une heure fixe',
      'settings.release.time': 'Heure',

      'settings.data.title': 'Vos données',
      'settings.data.intro': 'Les réglages et l’historique restent sur cet ordinateur.',
      'settings.data.folder': 'Dossier : <code>{folder}</code>',
      'settings.data.open': 'Ouvrir le dossier des données',
      'settings.data.exportCsv': 'Exporter l’historique en CSV',
      'settings.data.exportJson': 'Exporter l’historique en JSON',
      'settings.data.opened': '{path} ouvert.',
      'settings.data.openFailed': 'Impossible d’ouvrir le dossier : {error}',
      'settings.data.exported':
        '{rows, plural, one {# ligne enregistrée dans {path}.} other {# lignes enregistrées dans {path}.}}',
      'settings.data.cancelled': 'Export annulé.',
      'settings.data.exportFailed': 'L’historique n’a pas été exporté : {error}',
      'settings.data.problemsUnknown': 'Impossible de vérifier si vos données ont des problèmes.',
      'settings.data.noProblems': 'Aucun problème avec vos données.',
      'settings.data.problems':
        '{count, plural, one {Un problème avec vos données} other {Des problèmes avec vos données}}',
      'settings.data.dismiss': 'Ignorer',
      // settings-words: the time field's own controls
      'settings.time.hour': 'Heure',
      'settings.time.minute': 'Minute',
      'settings.time.dayPeriod': 'Matin ou après-midi',
      'settings.time.unset': '––',
      'settings.focus.legend': 'Appels, présentations et « Ne pas déranger »',
      'settings.focus.dnd': 'Quand « Ne pas déranger » est activé',
      'settings.focus.dndHold': 'Retenir la pause jusqu’à sa désactivation',
      'settings.focus.dndQuiet': 'La laisser venir avec un avertissement discret',
      'settings.focus.dndHint':
        '« Ne pas déranger » : retenir ou avertissement discret ; l’avertissement discret et sa pause viennent sans son',
      'settings.focus.maxHold': 'Retenir une pause au plus',
      'settings.focus.maxHoldHint':
        'La retenue la plus longue : {min} à {max} minutes ; ensuite la pause vient quand même, sans son',
      'settings.focus.standing': 'Me compter de nouveau assis après être debout pendant',
      'settings.focus.standingHint': 'La durée de « Je suis debout » : {min} à {max} minutes',
    },
    'settings-programme': {
      'settings.programme.title': 'Mon programme',
      'settings.programme.intro':
        'Laissez Unknot alterner les exercices, ou faites les mêmes {min} à {max} à chaque pause, par exemple la série qu’un kinésithérapeute vous a donnée.',
      'settings.programme.legend': 'À chaque pause',
      'settings.programme.rotation': 'Alterner les exercices',
      'settings.programme.fixed': 'Faire mon programme',
      'settings.programme.fixedHint':
        'Choisissez d’abord au moins {min} exercices ci-dessous. Les réponses de sécurité s’appliquent toujours : un exercice qu’elles excluent est écarté, et c’est indiqué ici.',
      'settings.programme.list': 'Votre programme',
      'settings.programme.empty': 'Aucun exercice choisi pour l’instant.',
      'settings.programme.leftOut':
        '{reason, select, protective {écarté tant que les pauses restent douces après un signe d’alerte} pressure {écarté : la pression reste désactivée jusqu’à ce que la vérification de sécurité l’autorise} condition {écarté à cause de vos réponses de sécurité} operationSite {écarté : il sollicite la zone de votre opération ou blessure} equipment {écarté : il demande du matériel que vous n’avez pas coché} pressureToday {écarté : au plus {perDay} exercices de pression par jour} pressureSession {écarté : au plus {minutes} minutes de pression par pause} other {écarté : cet exercice n’existe plus}}',
      'settings.programme.up': 'Monter',
      'settings.programme.down': 'Descendre',
      'settings.programme.remove': 'Retirer',
      'settings.programme.moveUp': 'Monter {name}',
      'settings.programme.moveDown': 'Descendre {name}',
      'settings.programme.removeNamed': 'Retirer {name}',
      'settings.programme.toAdd': 'Exercice à ajouter',
      'settings.programme.choose': 'Choisir un exercice',
      'settings.programme.add': 'Ajouter au programme',
      'settings.programme.full': 'Un programme compte au plus {max} exercices.',
      'settings.programme.own': 'Vos propres exercices',
      'settings.programme.ownEmpty': 'Aucun pour l’instant.',
      'settings.programme.delete': 'Supprimer',
      'settings.programme.deleteNamed': 'Supprimer {name}',
      'settings.programme.saidMoved': '{name} est maintenant en position {position}.',
      'settings.programme.saidRemoved': '{name} retiré du programme.',
      'settings.programme.saidAdded': '{name} ajouté.',
      'settings.programme.saidDeleted': '{name} supprimé.',
      'settings.programme.saidRotation': 'L’alternance est activée.',
      'settings.programme.saidFixed': 'Votre programme est activé.',

      'settings.own.legend': 'Ajouter votre propre exercice',
      'settings.own.name': 'Nom',
      'settings.own.steps': 'Étapes, une par ligne',
      'settings.own.kind': 'Type',
      'settings.own.kindOption':
        '{kind, select, stretch {Étirement} strength {Force ou endurance} movement {Mouvement} other {Pression sur une balle}}',
      'settings.own.area': 'Zone du corps',
      'settings.own.areaOption':
        '{area, select, upperBack {haut du dos} hips {hanches} chest {poitrine} glutes {fessiers} neck {cou} lowerBack {bas du dos} legs {jambes} forearms {avant-bras} shoulders {épaules} other {corps entier}}',
      'settings.own.sides': 'Côtés',
      'settings.own.sidesOne': 'Un seul (ou le milieu)',
      'settings.own.sidesBoth': 'Les deux, gauche puis droite',
      'settings.own.dose': 'Dose',
      'settings.own.doseHold': 'Tenir des secondes',
      'settings.own.doseRepetitions': 'Répétitions',
      'settings.own.amount':
        '{unit, select, seconds {Secondes ({min}–{max})} other {Répétitions ({min}–{max})}}',
      'settings.own.choosePicture': 'Choisir une image (facultatif)',
      'settings.own.chooseAnother': 'Choisir une autre image',
      'settings.own.pictureAdded': 'Image ajoutée.',
      'settings.own.add': 'Ajouter l’exercice',

      'settings.programmeFile.legend': 'Fichier du programme',
      'settings.programmeFile.hint':
        'Un seul fichier JSON avec votre programme, vos propres exercices et leurs images.',
      'settings.programmeFile.export': 'Exporter le programme…',
      'settings.programmeFile.import': 'Importer un programme…',
      'settings.programmeFile.saved': 'Enregistré dans {path}.',
      'settings.programmeFile.savedLeftOut':
        'Enregistré dans {path}. Images manquantes, laissées de côté : {pictures}.',
      'settings.programmeFile.unchanged': 'Rien n’a été modifié. {error}',
      'settings.programmeFile.imported':
        '{count, plural, one {Programme et # exercice personnel importés.} other {Programme et # exercices personnels importés.}}',

      // Editing an own exercise in place.
      'settings.own.editLegend': 'Modifier {name}',
      'settings.own.saveChanges': 'Enregistrer les modifications',
      'settings.own.cancel': 'Annuler',
      'settings.programme.edit': 'Modifier',
      'settings.programme.editNamed': 'Modifier {name}',
      'settings.programme.saidSaved': '{name} enregistré.',
    },
    'settings-errors': {
      'settings.error.invalid': 'Cette valeur ne peut pas être utilisée',
      'settings.error.notObject': 'Les réglages n’étaient pas une liste de valeurs nommées',
      'settings.error.unknownVersion':
        'Version de réglages inconnue {version} ; lue comme version 1',
      'settings.error.newerVersion':
        'Ces réglages viennent d’un Unknot plus récent (version {version}) ; une copie a été gardée et les réglages que cette version ne connaît pas sont ignorés',
      'settings.error.time': 'Saisissez une heure complète, heures et minutes',
      'settings.error.endBeforeStart': 'La fin doit être après le début',
      'settings.error.rangesPerDay':
        '{max, plural, one {Au plus # plage par jour} other {Au plus # plages par jour}}',
      'settings.error.rangesOverlap': 'Les plages d’une même journée ne doivent pas se chevaucher',
      'settings.error.characters':
        '{max, plural, one {Au plus # caractère} other {Au plus # caractères}}',
      'settings.error.shortcutForm':
        'Utilisez une ou plusieurs touches de modification et une touche, comme CommandOrControl+Alt+B',
      'settings.error.shortcutTaken': 'Déjà utilisé pour « {action} »',
      'settings.error.minutes.number': 'Saisissez un nombre de minutes',
      'settings.error.minutes.whole': 'Utilisez des minutes entières',
      'settings.error.minutes.atLeast':
        '{min, plural, one {Au moins # minute} other {Au moins # minutes}}',
      'settings.error.minutes.atMost':
        '{max, plural, one {Au plus # minute} other {Au plus # minutes}}',
      'settings.error.seconds.number': 'Saisissez un nombre de secondes',
      'settings.error.seconds.whole': 'Utilisez des secondes entières',
      'settings.error.seconds.atLeast':
        '{min, plural, one {Au moins # seconde} other {Au moins # secondes}}',
      'settings.error.seconds.atMost':
        '{max, plural, one {Au plus # seconde} other {Au plus # secondes}}',
      'settings.error.snoozes.number': 'Saisissez un nombre de reports',
      'settings.error.snoozes.whole': 'Utilisez un nombre entier de reports',
      'settings.error.snoozes.atLeast':
        '{min, plural, one {Au moins # report} other {Au moins # reports}}',
      'settings.error.snoozes.atMost':
        '{max, plural, one {Au plus # report} other {Au plus # reports}}',
      'settings.error.keepOneExercise': 'Gardez au moins un exercice activé',
      'settings.error.exerciseLevels': 'Au plus {max} niveaux d’exercice',
      'settings.error.volumeNumber': 'Saisissez un volume de 0 à 100 %',
      'settings.error.volumeRange': 'Utilisez un volume de 0 à 100 %',
      'settings.error.date': 'Utilisez une date comme 2026-11-23',
      'settings.error.dayMarks': 'Au plus {max} jours marqués',
      'settings.error.programmeLength': 'Au plus {max} exercices dans le programme',
      'settings.error.ownCount': 'Au plus {max} exercices personnels',
      'settings.error.ownSameId': 'Deux exercices personnels ont le même identifiant',
      'settings.error.programmeTwice': 'Un exercice figure deux fois dans le programme',
      'settings.error.programmeUnknown':
        'Le programme nomme un exercice qui n’existe pas : {exercise}',
      'settings.error.programmeSize':
        'Choisissez de {min} à {max} exercices pour un programme fixe',
      'settings.error.repetitions.number': 'Saisissez un nombre de répétitions',
      'settings.error.repetitions.whole': 'Utilisez des répétitions entières',
      'settings.error.ownId': 'Ce n’est pas l’identifiant d’un exercice personnel',
      'settings.error.ownName': 'Donnez un nom à l’exercice',
      'settings.error.stepEmpty': 'Une étape ne peut pas être vide',
      'settings.error.stepsMin': 'Ajoutez au moins une étape',
      'settings.error.stepsMax': 'Au plus {max} étapes',
      'settings.error.sides': 'Choisissez un côté ou les deux côtés',
      'settings.error.kind': 'Choisissez le type d’exercice',
      'settings.error.area': 'Choisissez la zone du corps travaillée',
      'settings.error.pressureHeld':
        'La pression sur une balle se tient quelques secondes, elle ne se répète pas',
      'settings.error.doseRange':
        '{unit, select, seconds {Utilisez de {min} à {max} secondes pour ce type d’exercice} other {Utilisez de {min} à {max} répétitions pour ce type d’exercice}}',
      'settings.error.picture': 'Ce n’est pas une image enregistrée',
      'settings.error.embeddedTooLarge': 'L’image dépasse 2 Mo',
      'settings.error.embeddedNotBase64': 'L’image n’est pas enregistrée en texte base64',
    },
    release: {
      'release.noticeTitle': 'Votre séance de relâchement de {minutes} minutes est ouverte',
      'release.noticeBody':
        'Appuis sur une balle ou un rouleau à un niveau tolérable de 5–7 sur 10. Passez-la si ce n’est pas le bon jour.',
    },
    advice: {
      'advice.rateWeekly':
        'Évaluez votre tension une fois par semaine ; après deux semaines, Unknot peut montrer comment elle évolue.',
      'advice.emergency':
        'Arrêtez les exercices et appelez une ambulance maintenant (112 en Europe, 999 au Royaume-Uni, 911 en Amérique du Nord). N’attendez pas de voir si cela passe.',
      'advice.redFlag':
        'Vous avez signalé : {signs}. Consultez un médecin aujourd’hui, avant de continuer à travailler dessus vous-même. D’ici là, Unknot limite vos pauses à des mouvements doux ; arrêtez tout ce qui fait mal.',
      'advice.area':
        '{area, select, neck {nuque} shoulders {épaules} upperBack {haut du dos} chest {poitrine} lowerBack {bas du dos} hips {hanches} glutes {fessiers} legs {jambes} other {{area}}}',
      'advice.rise':
        'La tension (zone : {area}) est passée de {from} à {to} en deux semaines. Demandez à un médecin ou à un kinésithérapeute d’y jeter un œil plutôt que de continuer à appuyer.',
      'advice.high':
        'Vous avez noté {areas} à {limit} ou plus sur 10. Une tension aussi forte mérite d’être montrée à un médecin ou à un kinésithérapeute.',
      'advice.afterTwoWeeks':
        'Après deux semaines d’évaluations, Unknot peut vous montrer comment votre tension évolue.',
      'advice.sameAreas':
        'Évaluez les mêmes zones chaque semaine pour qu’Unknot puisse les comparer.',
      'advice.fewCareDays':
        'Il y a eu peu de jours avec des pauses sur ces deux semaines, la tendance dit donc encore peu de chose. Des pauses {days} jours ou plus par semaine donnent une image juste.',
      'advice.lower':
        'Votre tension est plus basse qu’il y a deux semaines. Continuez à un rythme qui vous convient.',
      'advice.lowSteady': 'Votre tension est faible et stable. Continuez ainsi.',
      'advice.worseAfterCare':
        'Votre tension a augmenté sur deux semaines de pauses régulières. Il serait bon de demander à un médecin ou à un kinésithérapeute d’y jeter un œil.',
      'advice.sameAfterCare':
        'Votre tension est restée à peu près la même après deux semaines de pauses régulières. Cela arrive, et un médecin ou un kinésithérapeute peut suggérer ce qui pourrait aider d’autre.',
    },
    data: {
      'data.cause.diskFull': 'le disque est plein',
      'data.cause.notAllowed': 'Unknot n’a pas le droit d’utiliser ce fichier ou ce dossier',
      'data.cause.readOnly': 'le disque est en lecture seule',
      'data.cause.busy': 'un autre programme utilise le fichier',
      'data.cause.missing': 'le fichier ou le dossier est introuvable',
      'data.cause.tooManyFiles': 'trop de fichiers sont ouverts en même temps',
      'data.cause.wrongKind':
        'un dossier se trouve à la place d’un fichier, ou un fichier à la place d’un dossier',
      'data.cause.io':
        'le disque n’a pas pu être lu ou écrit (une panne matérielle ou de connexion)',
      'data.cause.timedOut': 'la réponse a pris trop de temps',
      'data.cause.connection': 'la connexion a été refusée ou s’est interrompue',
      'data.cause.code': 'une erreur inattendue ({code})',
      'data.cause.unknown': 'une erreur inattendue',

      'data.reason.notJson': 'ce n’est pas du JSON valide',
      'data.reason.notObject': 'ce n’est pas un objet',
      'data.reason.newer': 'il a été écrit par un Unknot plus récent (schéma {version})',
      'data.reason.unknownVersion': 'sa version de schéma est inconnue',
      'data.reason.notList': 'ses entrées ne sont pas une liste',
      'data.reason.badShape': 'son contenu n’est pas celui qu’attend Unknot',

      'data.kept.file':
        'Rien n’a été supprimé : les octets d’origine restent dans le fichier nommé ci-dessus.',
      'data.action.folder':
        'Regardez dans {folder} ; restaurez le fichier depuis une sauvegarde, ou laissez-le tel quel.',
      'data.action.none': 'Vous n’avez rien à faire.',

      'data.settings.setAside':
        'Le fichier de réglages n’a pas pu être lu ({reason}) ; il a été déplacé vers {file} et les réglages par défaut s’appliquent.',
      'data.settings.repaired':
        'Une partie de votre fichier de réglages n’était pas utilisable telle quelle ; la liste en haut des Réglages indique ce qui a changé.',
      'data.settings.saveFailed':
        'Vos réglages n’ont pas pu être enregistrés dans {file} ({cause}).',
      'data.settings.saveKept':
        'Les réglages enregistrés auparavant restent en vigueur ; la modification n’a pas été appliquée.',
      'data.settings.saveAction':
        'Rendez le dossier de données accessible en écriture (ou libérez de l’espace disque), puis enregistrez à nouveau.',
      'data.engine.setAside':
        'L’état des pauses n’a pas pu être utilisé ({reason}) ; il a été déplacé vers {file} et l’état de pause et de report est reparti de zéro.',
      'data.engine.kept':
        'Votre historique n’est pas touché ; seul l’état de pause et de report est reparti de zéro.',
      'data.tension.setAside':
        'Le fichier des tensions n’a pas pu être lu ({reason}) ; il a été déplacé vers {file}.',
      'data.tension.skipped':
        '{count, plural, one {# bilan de tension n’a pas pu être lu et a été ignoré.} other {# bilans de tension n’ont pas pu être lus et ont été ignorés.}}',
      'data.tension.skippedKept':
        'Ils restent dans tension.json jusqu’à l’enregistrement du prochain bilan.',
      'data.knots.setAside':
        'Le fichier du détecteur de nœuds n’a pas pu être lu ({reason}) ; il a été déplacé vers {file}.',
      'data.knots.skipped':
        '{count, plural, one {# recherche de nœuds n’a pas pu être lue et a été ignorée.} other {# recherches de nœuds n’ont pas pu être lues et ont été ignorées.}}',
      'data.knots.skippedKept': 'Elles restent dans knots.json.',

      'data.log.saveFailed':
        'Votre dernière pause n’a pas pu être enregistrée dans {file} ({cause}). Unknot la garde en mémoire et l’enregistre dès que le disque l’accepte ; les pauses continuent comme d’habitude. Vérifiez l’espace libre et les droits du dossier de données.',
      'data.log.readFailed':
        'Le fichier d’historique de {month} n’a pas pu être lu ({cause}). Il a été laissé tel quel ; ce mois manque dans le bilan jusqu’à ce qu’il puisse être lu.',
      'data.log.setAside':
        'Le fichier d’historique de {month} n’a pas pu être lu ({reason}). Il a été déplacé vers {file} pour que rien ne s’y perde ; les pauses de ce mois manquent dans le bilan. Le reste de votre historique est intact.',
      'data.log.torn':
        'La dernière ligne du fichier d’historique de {month} a été coupée (Unknot s’est arrêté pendant son écriture). Ses octets ont été déplacés vers {file} ; tout ce qui précède est intact.',
      'data.log.damagedLines':
        '{count, plural, one {# ligne du fichier d’historique de {month} n’a pas pu être lue (ligne {lines}) ; elle reste dans le fichier et est ignorée.} other {# lignes du fichier d’historique de {month} n’ont pas pu être lues (lignes {lines}) ; elles restent dans le fichier et sont ignorées.}}',

      'data.write.log': 'Une pause ou un temps assis n’a pas pu être enregistré : {cause}.',
      'data.write.engineState':
        'L’état de pause et de report n’a pas pu être enregistré : {cause}.',
      'data.write.kept':
        'Gardé en mémoire ({count} en attente) et réessayé toutes les quelques minutes tant qu’Unknot tourne.',
      'data.write.action':
        'Libérez de l’espace disque ou rendez le dossier de données accessible en écriture ; quitter Unknot maintenant perdrait ce qui attend.',
      'data.effect.failed':
        'Unknot n’a pas pu {effect, select, notice {afficher l’avis de pause} openBreak {ouvrir la fenêtre de pause} focusBreak {mettre la fenêtre de pause au premier plan} closeBreak {fermer la fenêtre de pause} appendLog {enregistrer une pause} recordBout {enregistrer le temps assis} persist {enregistrer l’état de pause} naturalBreak {noter une pause naturelle} held {noter une pause retenue} other {effectuer une étape de la pause}} ({cause}).',
      'data.effect.kept':
        'Les pauses continuent ; le résultat de celle-ci est tout de même enregistré.',
      'data.effect.action': 'Si cela se reproduit, redémarrez Unknot.',

      'data.picture.tooLarge':
        'L’image fait {megabytes, number, ::.0} Mo ; utilisez-en une de 2 Mo au plus',
      'data.picture.notPicture': 'Utilisez une image PNG, JPEG ou WebP',
      'data.picture.unreadable': 'L’image n’a pas pu être lue ({cause})',

      'data.userData.title': 'Unknot ne peut pas démarrer',
      'data.userData.problem':
        'Unknot garde ses réglages et son historique dans\n  {folder}\nmais ne peut pas y écrire ({cause}).',
      'data.userData.fixWindows':
        'Vérifiez que votre compte peut écrire dans ce dossier (Propriétés › Sécurité).',
      'data.userData.fixSudo':
        'Cela arrive souvent après avoir lancé Unknot avec sudo. Reprenez possession du dossier :\n  sudo chown -R "$USER" "{folder}"',
      'data.userData.otherFolder':
        'Ou lancez Unknot avec le dossier de votre choix : UNKNOT_USER_DATA=/un/dossier unknot',

      'data.programme.notJson': 'Le fichier n’est pas du JSON.',
      'data.programme.notProgramme': 'Ce n’est pas un fichier de programme Unknot.',
      'data.programme.version':
        'Ce fichier de programme est en version {version} ; cet Unknot lit la version {supported}.',
      'data.programme.field': 'Le champ « {field} » n’est pas valide : {problem}.',
      'data.programme.tooLarge': 'Le fichier est trop gros pour être un programme Unknot.',
      'data.programme.unreadable': 'Le fichier n’a pas pu être lu ({cause}).',
      'data.programme.unusable': 'Le programme est inutilisable ({field}) : {problem}.',
      'data.cause.unreadAtStart':
        'Unknot n’a pas pu lire son fichier au démarrage et n’écrit pas par-dessus un fichier qu’il n’a pas pu lire',
      'data.action.unreadable':
        'Rendez {file} lisible pour votre compte, ou déplacez ce qui se trouve à sa place ; puis redémarrez Unknot.',
      'data.settings.unreadable':
        'Le fichier de réglages {file} n’a pas pu être lu ({cause}) ; les réglages par défaut s’appliquent.',
      'data.settings.unreadableKept':
        'Le fichier a été laissé tel quel. Les modifications que vous faites maintenant s’appliquent jusqu’à ce que vous quittiez Unknot, mais ne sont pas enregistrées, pour ne pas l’écraser.',
      'data.engine.unreadable':
        'L’état de pause et de report dans {file} n’a pas pu être lu ({cause}) ; Unknot a démarré sans lui.',
      'data.engine.unreadableKept':
        'Le fichier a été laissé tel quel et n’est pas écrit tant qu’Unknot ne peut pas le lire après un redémarrage. Votre historique n’est pas touché.',
      'data.tension.unreadable': 'Le fichier des tensions {file} n’a pas pu être lu ({cause}).',
      'data.tension.unreadableKept':
        'Le fichier a été laissé tel quel. Les nouveaux bilans ne peuvent pas être enregistrés tant qu’Unknot ne peut pas le lire après un redémarrage.',
      'data.knots.unreadable':
        'Le fichier du détecteur de nœuds {file} n’a pas pu être lu ({cause}).',
      'data.knots.unreadableKept':
        'Le fichier a été laissé tel quel. Les nouvelles recherches de nœuds ne peuvent pas être enregistrées tant qu’Unknot ne peut pas le lire après un redémarrage.',
      'data.log.folderUnreadable':
        'Le dossier d’historique {folder} n’a pas pu être lu ({cause}). Les pauses continuent ; leurs résultats sont gardés en mémoire et enregistrés dès que le dossier peut être lu.',
      'data.log.folderKept':
        'Rien n’y a été modifié ni supprimé. Quitter Unknot avant cela perdrait les résultats gardés en mémoire.',
      'data.log.folderAction':
        'Faites de {folder} un dossier que votre compte peut lire (déplacez le fichier qui se trouve à sa place) ; Unknot enregistre alors ce qui attend, sans redémarrage.',
    },
  },
  /**
   * Français: every catalogue sentence, keyed by its English source exactly (see
   * ../catalogue/sources.ts). The worked side is a select, since « gauche » never changes
   * but « droit » agrees with its noun. Not yet checked by a fluent reader (see the README).
   */
  catalogue: {
    // Exercises: names, steps, feel, stop-if, why, pictures, easier and harder
    'Ball between shoulder blade and wall': 'Balle entre l’omoplate et le mur',
    'Stand with your back to a wall, feet a small step away from it.':
      'Tenez-vous dos à un mur, les pieds à un petit pas de celui-ci.',
    'Put a firm ball between the wall and the muscle over your {side} shoulder blade, not on the spine.':
      'Placez une balle ferme entre le mur et le muscle qui recouvre votre omoplate {side, select, left {gauche} other {droite}}, pas sur la colonne vertébrale.',
    'Lean back until the pressure is about 5–7 out of 10.':
      'Appuyez-vous en arrière jusqu’à une pression d’environ 5–7 sur 10.',
    'Hold still on the tender spot and breathe slowly; ease off early if it softens.':
      'Restez immobile sur le point sensible et respirez lentement ; relâchez plus tôt s’il se détend.',
    'A strong, dull "good pain" of about 5–7 out of 10 that eases as you hold. Back off if you wince.':
      'Une « bonne douleur » forte et sourde, d’environ 5–7 sur 10, qui diminue pendant le maintien. Relâchez si vous grimacez.',
    'Numbness or tingling': 'Engourdissement ou fourmillements',
    'Sharp or shooting pain': 'Douleur vive ou fulgurante',
    Dizziness: 'Vertiges',
    'The ball slides onto your spine: move it back onto the muscle':
      'La balle glisse sur la colonne vertébrale : replacez-la sur le muscle',
    'Holding a tender spot 30 s–1 min at a tolerable 5–7/10 is the usual dose (Gemmell et al. 2008, who found no difference against sham, so it supports the dose, not an effect); pressure tolerance improves but pain does not clearly (Lu et al. 2022), so the evidence is weak.':
      'Maintenir un point sensible 30 s–1 min à une pression tolérable de 5–7/10 est la dose habituelle (Gemmell et al. 2008, qui n’ont trouvé aucune différence par rapport à un traitement simulé : cela appuie la dose, pas un effet) ; la tolérance à la pression s’améliore, mais pas clairement la douleur (Lu et al. 2022) : les preuves sont donc faibles.',
    'Side view: a person leans back against a wall, a ball between the middle of one shoulder blade and the wall.':
      'Vue de côté : une personne s’appuie dos au mur, une balle entre le milieu d’une omoplate et le mur.',
    'Lean in less, to about 4 out of 10, or use a softer ball.':
      'Appuyez moins, à environ 4 sur 10, ou prenez une balle plus souple.',
    'Lean in a little more, never past 7 out of 10.':
      'Appuyez un peu plus, jamais au-delà de 7 sur 10.',
    'Ball along the inner edge of the shoulder blade':
      'Balle le long du bord interne de l’omoplate',
    'Stand with your back to a wall and cross your arms over your chest to spread your shoulder blades.':
      'Tenez-vous dos à un mur et croisez les bras sur la poitrine pour écarter les omoplates.',
    'Place the ball beside the inner edge of your {side} shoulder blade, a finger-width off the spine.':
      'Placez la balle contre le bord interne de votre omoplate {side, select, left {gauche} other {droite}}, à un doigt de la colonne vertébrale.',
    'Bend your knees slightly to move the ball slowly until you find a tender spot.':
      'Pliez légèrement les genoux pour déplacer lentement la balle jusqu’à trouver un point sensible.',
    'Stop there and lean in to about 5–7 out of 10; hold and breathe.':
      'Arrêtez-vous là et appuyez jusqu’à environ 5–7 sur 10 ; maintenez et respirez.',
    'Pressure on the spine itself: keep the ball on the muscle beside it':
      'Pression sur la colonne vertébrale elle-même : gardez la balle sur le muscle à côté',
    'Back view, through the wall: arms crossed over the chest, a ball beside the inner edge of one shoulder blade, off the spine.':
      'Vue de dos, à travers le mur : bras croisés sur la poitrine, une balle contre le bord interne d’une omoplate, à côté de la colonne vertébrale.',
    'Foam roller between upper back and wall': 'Rouleau en mousse entre le haut du dos et le mur',
    'Hold a foam roller across your upper back, level with your shoulder blades, and lean it against a wall.':
      'Tenez un rouleau en mousse en travers du haut du dos, à hauteur des omoplates, et appuyez-le contre un mur.',
    'Step your feet a little forward and lean back into it, arms crossed over your chest.':
      'Avancez un peu les pieds et appuyez-vous en arrière sur le rouleau, les bras croisés sur la poitrine.',
    'Bend your knees slowly to find a tender band of muscle, then hold still there at about 5–7 out of 10.':
      'Pliez lentement les genoux pour trouver une bande de muscle sensible, puis restez immobile à cet endroit à environ 5–7 sur 10.',
    'Keep it on the muscle of the upper back, off the spine’s bony points, never on the lower back or the neck.':
      'Gardez-le sur les muscles du haut du dos, à l’écart des reliefs osseux de la colonne, jamais sur le bas du dos ni sur le cou.',
    'Pressure on the lower back or the neck: move the roller':
      'Pression sur le bas du dos ou sur le cou : déplacez le rouleau',
    'Static pressure on a foam roller for 90 s raised pressure tolerance on the calf within the group, without a difference between groups (Wilke et al. 2018); rolling sets of 30–120 s are usual (Konrad et al. 2022): the evidence for pain is weak.':
      'Une pression statique de 90 s sur un rouleau en mousse a augmenté la tolérance à la pression du mollet au sein du groupe, sans différence entre les groupes (Wilke et al. 2018) ; des séries de roulage de 30–120 s sont habituelles (Konrad et al. 2022) : les preuves sur la douleur sont faibles.',
    'Side view: a person leans back against a foam roller held between the upper back and a wall, knees bent.':
      'Vue de côté : une personne s’appuie en arrière contre un rouleau en mousse tenu entre le haut du dos et un mur, genoux pliés.',
    'Stand closer to the wall so you lean in less.': 'Rapprochez-vous du mur pour appuyer moins.',
    'Step further out, never past 7 out of 10.':
      'Éloignez davantage les pieds du mur, jamais au-delà de 7 sur 10.',
    'Upper-back extension over the chair back':
      'Extension du haut du dos sur le dossier de la chaise',
    'Sit back in a chair whose backrest ends around your shoulder blades.':
      'Asseyez-vous au fond d’une chaise dont le dossier s’arrête à peu près au niveau des omoplates.',
    'Rest your hands lightly behind your head, elbows wide.':
      'Posez légèrement les mains derrière la tête, les coudes écartés.',
    'Lean back over the top of the backrest, arching your upper back, not your lower back.':
      'Penchez-vous en arrière par-dessus le haut du dossier en cambrant le haut du dos, pas le bas du dos.',
    'Hold gently and breathe; keep your neck relaxed.':
      'Maintenez en douceur et respirez ; gardez le cou détendu.',
    'A gentle opening of the upper back and chest, no pinching in the lower back.':
      'Une douce ouverture du haut du dos et de la poitrine, sans pincement dans le bas du dos.',
    'Pinching or pain in the lower back': 'Pincement ou douleur dans le bas du dos',
    'Active breaks with a change of posture reduce discomfort (Waongenngarm et al. 2018, moderate evidence); no trial tested this particular move, so for it the evidence is weak.':
      'Les pauses actives avec changement de posture réduisent l’inconfort (Waongenngarm et al. 2018, preuves modérées) ; aucun essai n’a testé ce mouvement précis, les preuves sont donc faibles pour lui.',
    'Side view: a person sits with hands behind the head and leans the upper back over the top of the backrest.':
      'Vue de côté : une personne assise, les mains derrière la tête, penche le haut du dos par-dessus le haut du dossier.',
    'Seated upper-back rotation': 'Rotation du haut du dos en position assise',
    'Sit tall near the front of the chair, feet flat and hip-width apart.':
      'Asseyez-vous vers l’avant de la chaise, le dos droit, les pieds à plat et écartés de la largeur des hanches.',
    'Cross your arms over your chest, hands on the opposite shoulders.':
      'Croisez les bras sur la poitrine, les mains sur les épaules opposées.',
    'Keeping your hips still, turn your chest toward the {side} as far as is comfortable.':
      'Sans bouger les hanches, tournez le buste vers la {side, select, left {gauche} other {droite}} aussi loin que c’est confortable.',
    'Hold, breathing slowly, then come back to the middle.':
      'Maintenez en respirant lentement, puis revenez au centre.',
    'A mild stretch around the middle of the back and the ribs.':
      'Un léger étirement autour du milieu du dos et des côtes.',
    'Pain in the lower back': 'Douleur dans le bas du dos',
    'Active breaks with a change of posture ease discomfort (Waongenngarm et al. 2018, moderate evidence) and 10–30 s holds to mild tightness are the standard dose (ACSM 2021); no trial tested this move at a desk, so the evidence for it is weak.':
      'Les pauses actives avec changement de posture soulagent l’inconfort (Waongenngarm et al. 2018, preuves modérées) et des maintiens de 10–30 s jusqu’à une légère tension sont la dose standard (ACSM 2021) ; aucun essai n’a testé ce mouvement au bureau, les preuves sont donc faibles pour lui.',
    'Front view: a seated person with arms crossed over the chest turns the chest to one side, hips still.':
      'Vue de face : une personne assise, les bras croisés sur la poitrine, tourne le buste d’un côté, les hanches immobiles.',
    'Shoulder-blade squeeze': 'Serrage des omoplates',
    'Sit or stand tall, elbows bent at your sides.':
      'Asseyez-vous ou tenez-vous debout, le dos droit, les coudes pliés le long du corps.',
    'Draw your shoulder blades back and down toward each other, as if holding a pencil between them.':
      'Tirez les omoplates vers l’arrière et vers le bas, l’une vers l’autre, comme pour tenir un crayon entre elles.',
    'Hold for 5 seconds without shrugging, relax for 2, and repeat until the time is up.':
      'Maintenez 5 secondes sans hausser les épaules, relâchez 2 secondes et recommencez jusqu’à la fin du temps imparti.',
    'Working muscle between and below the shoulder blades.':
      'Les muscles travaillent entre et sous les omoplates.',
    'Pain in the shoulder joint': 'Douleur dans l’articulation de l’épaule',
    'Endurance training of the neck and shoulder-blade muscles was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017, review).':
      'Le travail d’endurance des muscles du cou et des omoplates constituait l’un des deux volets du programme qui a réduit de moitié environ les nouvelles douleurs cervicales sur un an (Sihawong et al. 2014), et le renforcement fait mieux que l’étirement contre les douleurs cervicales au bureau (Louw et al. 2017, revue).',
    'Side view: a person with elbows bent draws the elbows back, squeezing the shoulder blades together.':
      'Vue de côté : une personne, coudes pliés, tire les coudes vers l’arrière en serrant les omoplates.',
    'Hold each squeeze for 3 seconds.': 'Maintenez chaque serrage 3 secondes.',
    'Hold each squeeze for 10 seconds, or use a band (the band row).':
      'Maintenez chaque serrage 10 secondes, ou utilisez un élastique (le tirage à l’élastique).',
    'Band row': 'Tirage à l’élastique',
    'Loop the band around a closed door’s handle and hold one end in each hand, arms forward.':
      'Passez l’élastique autour de la poignée d’une porte fermée et tenez une extrémité dans chaque main, les bras devant vous.',
    'Step back until the band is just taut, and stand tall.':
      'Reculez jusqu’à ce que l’élastique soit juste tendu, et redressez-vous.',
    'Pull your elbows back past your ribs, squeezing your shoulder blades together; 2 seconds back, 2 forward.':
      'Tirez les coudes vers l’arrière au-delà des côtes en serrant les omoplates ; 2 secondes vers l’arrière, 2 vers l’avant.',
    'Repeat slowly until the time is up, without shrugging.':
      'Recommencez lentement jusqu’à la fin du temps imparti, sans hausser les épaules.',
    'Warm, working muscle between the shoulder blades and at the back of the shoulders.':
      'Les muscles chauffent et travaillent entre les omoplates et à l’arrière des épaules.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and 2 minutes a day of elastic-band raises helped about as much as 12 minutes a day (Andersen et al. 2011, RCT).':
      'Contre les douleurs cervicales au bureau, le renforcement fait mieux que l’étirement (Louw et al. 2017, revue), et 2 minutes par jour d’élévations à l’élastique ont aidé à peu près autant que 12 minutes par jour (Andersen et al. 2011, essai randomisé).',
    'Side view: a person pulls an elastic band tied to a door toward the ribs, elbows back.':
      'Vue de côté : une personne tire vers ses côtes un élastique attaché à une porte, coudes vers l’arrière.',
    'Step closer to the door so the band is slacker.':
      'Rapprochez-vous de la porte pour que l’élastique soit moins tendu.',
    'Step further back, or pause 2 seconds with the elbows back.':
      'Reculez davantage, ou marquez une pause de 2 secondes coudes en arrière.',
    'Wall angel': 'Ange contre le mur',
    'Stand with your back, head and bottom against a wall, feet a small step forward.':
      'Placez le dos, la tête et les fesses contre un mur, les pieds un petit pas en avant.',
    'Raise your arms into a goal-post shape, backs of the hands toward the wall.':
      'Levez les bras en chandelier, le dos des mains vers le mur.',
    'Slide your arms slowly up the wall as far as they stay close to it, then back down.':
      'Faites glisser lentement les bras vers le haut, le long du mur, tant qu’ils en restent proches, puis redescendez.',
    'Keep your lower back gently against the wall; repeat slowly until the time is up.':
      'Gardez le bas du dos doucement contre le mur ; recommencez lentement jusqu’à la fin du temps imparti.',
    'Working muscle between the shoulder blades and a stretch across the chest.':
      'Les muscles travaillent entre les omoplates, avec un étirement en travers de la poitrine.',
    'Pinching pain in the shoulder': 'Pincement douloureux dans l’épaule',
    'Shoulder-blade endurance work was part of the programme that roughly halved new neck pain (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017); no trial tested wall angels on their own, so the evidence for this one is weak.':
      'Le travail d’endurance des omoplates faisait partie du programme qui a réduit de moitié environ les nouvelles douleurs cervicales (Sihawong et al. 2014), et le renforcement fait mieux que l’étirement contre les douleurs cervicales au bureau (Louw et al. 2017) ; aucun essai n’a testé l’ange contre le mur seul, les preuves sont donc faibles pour cet exercice.',
    'Back view, through the wall: arms in a goal-post shape slide up the wall and back down.':
      'Vue de dos, à travers le mur : les bras en chandelier glissent vers le haut du mur puis redescendent.',
    'Slide only halfway up, or stand a little away from the wall.':
      'Ne montez qu’à mi-hauteur, ou écartez-vous un peu du mur.',
    'Move more slowly, pausing at the top.': 'Bougez plus lentement, avec une pause en haut.',
    'Band pull-apart': 'Écartement de l’élastique',
    'Stand or sit tall and hold a light band in both hands, arms straight in front at chest height, hands shoulder-width apart.':
      'En position debout ou assise, le dos droit, tenez un élastique léger à deux mains, bras tendus devant vous à hauteur de poitrine, mains écartées de la largeur des épaules.',
    'Pull the band apart by moving your arms out to the sides, squeezing your shoulder blades together; 2 seconds out.':
      'Écartez l’élastique en ouvrant les bras sur les côtés et en serrant les omoplates ; 2 secondes pour ouvrir.',
    'Let it back slowly over 2 seconds, without shrugging or arching your back.':
      'Revenez lentement en 2 secondes, sans hausser les épaules ni cambrer le dos.',
    'Repeat slowly until the time is up.': 'Recommencez lentement jusqu’à la fin du temps imparti.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and a couple of minutes a day of band work helped (Andersen et al. 2011, RCT, with lateral raises); no trial tested the pull-apart itself, so its evidence is weak.':
      'Contre les douleurs cervicales au bureau, le renforcement fait mieux que l’étirement (Louw et al. 2017, revue), et quelques minutes par jour d’exercices à l’élastique ont aidé (Andersen et al. 2011, essai randomisé, avec des élévations latérales) ; aucun essai n’a testé l’écartement lui-même, ses preuves sont donc faibles.',
    'Back view: a person holds an elastic band in both hands and pulls it apart, arms moving out to the sides at shoulder height.':
      'Vue de dos : une personne tient un élastique à deux mains et l’écarte, les bras s’ouvrant sur les côtés à hauteur d’épaules.',
    'Hold the band with your hands further apart, or use a lighter band.':
      'Tenez l’élastique les mains plus écartées, ou prenez un élastique plus léger.',
    'Hold your hands closer together, or pause 2 seconds with the arms out.':
      'Rapprochez les mains, ou marquez une pause de 2 secondes bras ouverts.',
    'Neck side bend': 'Inclinaison latérale du cou',
    'Sit or stand tall and let your shoulders drop.':
      'Asseyez-vous ou tenez-vous debout, le dos droit, et laissez descendre les épaules.',
    'Tilt your head toward your {other} shoulder without lifting that shoulder.':
      'Inclinez la tête vers l’épaule {other, select, left {gauche} other {droite}} sans lever cette épaule.',
    'Let your {side} arm hang, or hold the seat with your {side} hand, to deepen the stretch a little.':
      'Laissez pendre le bras {side, select, left {gauche} other {droit}}, ou tenez le siège de la main {side, select, left {gauche} other {droite}}, pour accentuer un peu l’étirement.',
    'Hold gently; do not pull on your head or press on the neck.':
      'Maintenez en douceur ; ne tirez pas sur la tête et n’appuyez pas sur le cou.',
    'A mild stretch along the {side} side of the neck and the top of the shoulder.':
      'Un léger étirement le long du côté {side, select, left {gauche} other {droit}} du cou et du haut de l’épaule.',
    'Pain or tingling running down the arm':
      'Douleur ou fourmillements qui descendent dans le bras',
    'Neck and shoulder stretching twice a day lowered pain by 1.4 points in office workers who already had chronic neck pain (Tunwattanapong et al. 2016, RCT: a treatment, not prevention); stretching plus endurance training roughly halved new neck pain over a year (Sihawong et al. 2014).':
      'Des étirements du cou et des épaules deux fois par jour ont réduit la douleur de 1,4 point chez des employés de bureau qui avaient déjà des douleurs cervicales chroniques (Tunwattanapong et al. 2016, essai randomisé : un traitement, pas de la prévention) ; étirements et travail d’endurance ensemble ont réduit de moitié environ les nouvelles douleurs cervicales sur un an (Sihawong et al. 2014).',
    'Front view: a person tilts the head away from the worked side, ear toward the other shoulder, both shoulders low.':
      'Vue de face : une personne incline la tête à l’opposé du côté travaillé, l’oreille vers l’autre épaule, les deux épaules basses.',
    'Levator scapulae stretch': 'Étirement de l’élévateur de la scapula',
    'Sit tall and hold the side of the seat with your {side} hand.':
      'Asseyez-vous le dos droit et tenez le bord du siège de la main {side, select, left {gauche} other {droite}}.',
    'Turn your head about halfway toward your {other} armpit and look down toward it.':
      'Tournez la tête à peu près à mi-chemin vers l’aisselle {other, select, left {gauche} other {droite}} et baissez le regard vers elle.',
    'Rest your {other} hand on the back of your head and let its weight add a little stretch; do not pull.':
      'Posez la main {other, select, left {gauche} other {droite}} sur l’arrière de la tête et laissez son poids accentuer un peu l’étirement ; ne tirez pas.',
    'Hold, breathing slowly, then lift your head back up gently.':
      'Maintenez en respirant lentement, puis relevez doucement la tête.',
    'A mild stretch at the back of the neck on the {side} side, down toward the shoulder blade.':
      'Un léger étirement à l’arrière du cou, côté {side, select, left {gauche} other {droit}}, qui descend vers l’omoplate.',
    'Front view: a seated person holds the seat with one hand and, with the other hand on the back of the head, lowers the head toward the opposite armpit.':
      'Vue de face : une personne assise tient le siège d’une main et, l’autre main sur l’arrière de la tête, abaisse la tête vers l’aisselle opposée.',
    'Chin-tuck hold': 'Rentrée du menton',
    'Sit tall with your eyes level and your shoulders relaxed.':
      'Asseyez-vous le dos droit, le regard à l’horizontale et les épaules détendues.',
    'Glide your chin straight back, as if making a double chin; do not tip your head down.':
      'Reculez le menton bien droit vers l’arrière, comme pour faire un double menton ; ne baissez pas la tête.',
    'Hold each tuck for 5 seconds, relax for 1, and repeat until the time is up.':
      'Maintenez chaque rentrée 5 secondes, relâchez 1 seconde et recommencez jusqu’à la fin du temps imparti.',
    'Gentle work deep at the front of the neck and a light stretch at the base of the skull.':
      'Un travail doux en profondeur à l’avant du cou et un léger étirement à la base du crâne.',
    'Neck endurance training was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and for office neck pain strengthening beats stretching (Louw et al. 2017, review).':
      'Le travail d’endurance du cou constituait l’un des deux volets du programme qui a réduit de moitié environ les nouvelles douleurs cervicales sur un an (Sihawong et al. 2014), et contre les douleurs cervicales au bureau, le renforcement fait mieux que l’étirement (Louw et al. 2017, revue).',
    'Side view: a seated person draws the chin straight back, eyes level.':
      'Vue de côté : une personne assise recule le menton bien droit, le regard à l’horizontale.',
    'Hold each tuck for 3 seconds, or rest your head against a high chair back.':
      'Maintenez chaque rentrée 3 secondes, ou appuyez la tête contre un dossier haut.',
    'Hold each tuck for up to 10 seconds.': 'Maintenez chaque rentrée jusqu’à 10 secondes.',
    'Ball on the top of the shoulder blade': 'Balle sur le haut de l’omoplate',
    'Stand with your back to a wall, feet a step away from it and knees slightly bent.':
      'Tenez-vous dos à un mur, les pieds à un pas de celui-ci et les genoux légèrement pliés.',
    'Place the ball on the muscle just above your {side} shoulder blade, halfway between neck and shoulder tip.':
      'Placez la balle sur le muscle juste au-dessus de votre omoplate {side, select, left {gauche} other {droite}}, à mi-chemin entre le cou et la pointe de l’épaule.',
    'Bend your knees a little to bring the ball higher, and stop below the base of your neck: against a wall the ball travels toward the neck, never onto the top of the shoulder.':
      'Pliez un peu les genoux pour faire monter la balle, et arrêtez-vous sous la base du cou : contre un mur, la balle remonte vers le cou, jamais sur le dessus de l’épaule.',
    'Hold at about 5–7 out of 10. Keep it on the muscle: never the front or sides of the neck.':
      'Maintenez à environ 5–7 sur 10. Restez sur le muscle : jamais sur l’avant ni les côtés du cou.',
    'Any pressure on the neck itself: move the ball down at once':
      'Toute pression sur le cou lui-même : descendez la balle immédiatement',
    'Side view: a person leans back against a wall with knees bent, a ball between the wall and the muscle above the shoulder blade.':
      'Vue de côté : une personne s’appuie dos au mur, genoux pliés, une balle entre le mur et le muscle au-dessus de l’omoplate.',
    'Hand pressure on the top of the shoulder': 'Pression de la main sur le haut de l’épaule',
    'Sit or stand tall and reach your {other} hand across to your {side} shoulder.':
      'Asseyez-vous ou tenez-vous debout, le dos droit, et portez la main {other, select, left {gauche} other {droite}} en travers jusqu’à l’épaule {side, select, left {gauche} other {droite}}.',
    'Find the thick muscle on top of the shoulder, toward its back, halfway to the shoulder tip.':
      'Trouvez le muscle épais sur le dessus de l’épaule, vers l’arrière, à mi-chemin de la pointe de l’épaule.',
    'Squeeze it gently between fingers and palm to about 5–7 out of 10; keep your fingertips on the muscle, out of the hollow above the collarbone.':
      'Pressez-le doucement entre les doigts et la paume jusqu’à environ 5–7 sur 10 ; gardez le bout des doigts sur le muscle, hors du creux au-dessus de la clavicule.',
    'Hold and breathe. Never press the front or sides of the neck.':
      'Maintenez et respirez. N’appuyez jamais sur l’avant ni les côtés du cou.',
    'Any pressure on the front or side of the neck: let go':
      'Toute pression sur l’avant ou le côté du cou : lâchez',
    'Front view: a person reaches one hand across to squeeze the muscle on top of the other shoulder.':
      'Vue de face : une personne passe une main en travers pour presser le muscle sur le dessus de l’autre épaule.',
    'Squeeze more softly, to about 4 out of 10.': 'Pressez plus doucement, à environ 4 sur 10.',
    'Band lateral raise': 'Élévation latérale à l’élastique',
    'Stand on one end of the band with your {side} foot and hold the other end in your {side} hand.':
      'Bloquez une extrémité de l’élastique sous le pied {side, select, left {gauche} other {droit}} et tenez l’autre extrémité dans la main {side, select, left {gauche} other {droite}}.',
    'Lift the arm out to the side, elbow soft, up to shoulder height.':
      'Levez le bras sur le côté, coude légèrement fléchi, jusqu’à hauteur d’épaule.',
    'Raise it over about 2 seconds and lower it over 2; keep your shoulder away from your ear.':
      'Montez le bras en 2 secondes environ et redescendez-le en 2 ; gardez l’épaule loin de l’oreille.',
    'Repeat until the time is up, stopping a rep or two before it gets hard to keep good form.':
      'Recommencez jusqu’à la fin du temps imparti, en vous arrêtant une ou deux répétitions avant qu’il devienne difficile de garder un bon geste.',
    'Warm, working muscle on the top and side of the shoulder.':
      'Les muscles chauffent et travaillent sur le dessus et le côté de l’épaule.',
    'Pinching pain at the top of the shoulder': 'Pincement douloureux en haut de l’épaule',
    'Front view: a person stands on an elastic band and lifts it out to the side to shoulder height.':
      'Vue de face : une personne debout sur un élastique le lève sur le côté jusqu’à hauteur d’épaule.',
    'Hold the band further up so it is slacker, or raise only to 60°.':
      'Tenez l’élastique plus haut pour qu’il soit moins tendu, ou ne levez que jusqu’à 60°.',
    'Hold the band shorter, or move more slowly.':
      'Tenez l’élastique plus court, ou bougez plus lentement.',
    'Water-bottle lateral raise': 'Élévation latérale avec une bouteille d’eau',
    'Stand or sit tall holding a full water bottle in your {side} hand.':
      'En position debout ou assise, le dos droit, tenez une bouteille d’eau pleine dans la main {side, select, left {gauche} other {droite}}.',
    'Raise it over about 2 seconds and lower it over 2; keep the shoulder low.':
      'Montez le bras en 2 secondes environ et redescendez-le en 2 ; gardez l’épaule basse.',
    'Repeat until the time is up, stopping before your form slips.':
      'Recommencez jusqu’à la fin du temps imparti, en vous arrêtant avant que le geste se dégrade.',
    'Front view: a person lifts a water bottle out to the side to shoulder height.':
      'Vue de face : une personne lève une bouteille d’eau sur le côté jusqu’à hauteur d’épaule.',
    'Use a half-full bottle, or raise only to 60°.':
      'Prenez une bouteille à moitié pleine, ou ne levez que jusqu’à 60°.',
    'Use a heavier bottle, or lower it over 4 seconds.':
      'Prenez une bouteille plus lourde, ou redescendez-la en 4 secondes.',
    'Doorway chest stretch': 'Étirement de la poitrine dans l’encadrement d’une porte',
    'Stand in a doorway and rest your {side} forearm on the frame, elbow at shoulder height.':
      'Placez-vous dans l’encadrement d’une porte et posez l’avant-bras {side, select, left {gauche} other {droit}} sur le montant, le coude à hauteur d’épaule.',
    'Step forward with your {side} leg until you feel a gentle stretch across the chest.':
      'Avancez la jambe {side, select, left {gauche} other {droite}} jusqu’à sentir un léger étirement en travers de la poitrine.',
    'Keep your shoulders down and breathe.': 'Gardez les épaules basses et respirez.',
    'A mild stretch across the front of the chest and shoulder, never pain.':
      'Un léger étirement en travers de l’avant de la poitrine et de l’épaule, jamais de douleur.',
    'Pain in the front of the shoulder': 'Douleur à l’avant de l’épaule',
    'A one-arm doorway stretch lengthened the pectoralis minor the most of three stretches (Borstad & Ludewig 2006) and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial shows it prevents knots.':
      'Des trois étirements comparés, l’étirement d’un bras dans l’encadrement d’une porte est celui qui a le plus allongé le petit pectoral (Borstad & Ludewig 2006), et des maintiens de 30 s sont aussi efficaces que 60 s (Bandy & Irion 1994) ; aucun essai ne montre qu’il prévient les nœuds.',
    'Front view: a person in a doorway rests one forearm on the frame at shoulder height, then leans through to stretch the chest.':
      'Vue de face : une personne dans l’encadrement d’une porte pose un avant-bras sur le montant à hauteur d’épaule, puis avance pour étirer la poitrine.',
    'Hands-behind-back chest opener': 'Ouverture de la poitrine, mains derrière le dos',
    'Stand tall with your feet hip-width apart.':
      'Tenez-vous debout, le dos droit, les pieds écartés de la largeur des hanches.',
    'Clasp your hands behind your lower back.': 'Joignez les mains derrière le bas du dos.',
    'Draw your shoulder blades back and down and lift your chest.':
      'Tirez les omoplates vers l’arrière et vers le bas, et soulevez la poitrine.',
    'Keep your chin level and breathe slowly.':
      'Gardez le menton à l’horizontale et respirez lentement.',
    'A mild stretch across the chest and the front of the shoulders.':
      'Un léger étirement en travers de la poitrine et à l’avant des épaules.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021); no trial tested this stretch at a desk, so the evidence for it is weak.':
      'Des étirements maintenus 10–30 s jusqu’à une légère tension, chaque jour, sont la dose standard (ACSM 2021) ; aucun essai n’a testé cet étirement au bureau, les preuves sont donc faibles pour lui.',
    'Side view: a person stands tall with hands clasped behind the lower back and the chest lifted.':
      'Vue de côté : une personne debout, le dos droit, les mains jointes derrière le bas du dos et la poitrine soulevée.',
    'Forearm and wrist flexor stretch': 'Étirement des fléchisseurs de l’avant-bras et du poignet',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm facing away.':
      'Tendez le bras {side, select, left {gauche} other {droit}} devant vous à hauteur d’épaule, coude tendu, paume vers l’avant.',
    'Let your fingers point up, and with your {other} hand draw them gently back toward you.':
      'Pointez les doigts vers le haut et, de la main {other, select, left {gauche} other {droite}}, ramenez-les doucement vers vous.',
    'Stop at a mild stretch along the inside of the forearm and hold.':
      'Arrêtez-vous à un léger étirement le long de la face intérieure de l’avant-bras et maintenez.',
    'A mild stretch along the palm side of the forearm, from wrist to elbow.':
      'Un léger étirement le long de la face palmaire de l’avant-bras, du poignet au coude.',
    'Pain at the wrist or the inner elbow': 'Douleur au poignet ou à l’intérieur du coude',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial tested forearm stretches for typing, so the evidence for them is weak.':
      'Des étirements maintenus 10–30 s jusqu’à une légère tension, chaque jour, sont la dose standard (ACSM 2021), et des maintiens de 30 s sont aussi efficaces que 60 s (Bandy & Irion 1994) ; aucun essai n’a testé les étirements de l’avant-bras pour la frappe au clavier, les preuves sont donc faibles pour eux.',
    'Side view: a person holds one arm straight out, fingers up, and draws the fingers back with the other hand.':
      'Vue de côté : une personne tend un bras devant elle, doigts vers le haut, et ramène les doigts vers elle avec l’autre main.',
    'Forearm and wrist extensor stretch': 'Étirement des extenseurs de l’avant-bras et du poignet',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm down.':
      'Tendez le bras {side, select, left {gauche} other {droit}} devant vous à hauteur d’épaule, coude tendu, paume vers le bas.',
    'Let your hand drop so the fingers point down.':
      'Laissez tomber la main pour que les doigts pointent vers le bas.',
    'With your {other} hand, press the back of the hand gently toward you until the top of the forearm stretches; hold.':
      'De la main {other, select, left {gauche} other {droite}}, appuyez doucement sur le dos de la main pour la ramener vers vous jusqu’à étirer le dessus de l’avant-bras ; maintenez.',
    'A mild stretch along the back of the forearm, toward the outer elbow.':
      'Un léger étirement le long du dessus de l’avant-bras, vers l’extérieur du coude.',
    'Pain at the wrist or the outer elbow': 'Douleur au poignet ou à l’extérieur du coude',
    'Side view: a person holds one arm straight out, hand bent down, pressing the back of the hand gently with the other hand.':
      'Vue de côté : une personne tend un bras devant elle, la main pliée vers le bas, et appuie doucement sur le dos de la main avec l’autre main.',
    'Forearm on a ball at the desk': 'Avant-bras sur une balle au bureau',
    'Sit at your desk and put the ball on the desktop.':
      'Asseyez-vous à votre bureau et posez la balle sur le plan de travail.',
    'Rest the fleshy top third of your {side} forearm on it, palm down, a hand-width below the elbow.':
      'Posez dessus le tiers supérieur charnu de l’avant-bras {side, select, left {gauche} other {droit}}, paume vers le bas, à une largeur de main sous le coude.',
    'Let the arm’s weight sink in to about 5–7 out of 10; press down with the other hand only if you need more.':
      'Laissez le poids du bras s’enfoncer jusqu’à environ 5–7 sur 10 ; appuyez avec l’autre main seulement s’il vous en faut plus.',
    'Hold on a tender spot and breathe; keep off the bony points of the elbow and the wrist.':
      'Maintenez sur un point sensible et respirez ; évitez les reliefs osseux du coude et du poignet.',
    'Tingling into the fingers: move the ball':
      'Fourmillements jusque dans les doigts : déplacez la balle',
    'Side view: a person sits at a desk with one forearm resting on a ball on the desktop.':
      'Vue de côté : une personne assise à un bureau, un avant-bras posé sur une balle sur le plan de travail.',
    'Let the arm rest more lightly, or use a softer ball.':
      'Posez le bras plus légèrement, ou prenez une balle plus souple.',
    'Standing back bend': 'Extension du dos debout',
    'Stand tall, feet hip-width apart, and put your hands on your lower back, fingers pointing down.':
      'Tenez-vous debout, le dos droit, les pieds écartés de la largeur des hanches, et posez les mains sur le bas du dos, doigts vers le bas.',
    'Look ahead and lean back gently from the waist, pushing your hips slightly forward.':
      'Regardez devant vous et penchez-vous doucement en arrière à partir de la taille, en poussant légèrement les hanches vers l’avant.',
    'Go only as far as is comfortable, hold, then come back up slowly.':
      'N’allez que jusqu’où c’est confortable, maintenez, puis revenez lentement.',
    'A gentle arch and stretch in the lower back and the front of the hips; no pinching.':
      'Une douce cambrure et un étirement dans le bas du dos et à l’avant des hanches ; aucun pincement.',
    'Pain spreading into the buttock or leg': 'Douleur qui s’étend dans la fesse ou la jambe',
    'Breaks with a change of posture ease discomfort and, in some trials, low back pain (Waongenngarm et al. 2018, systematic review); stretches held 10–30 s are the standard dose (ACSM 2021). No trial tested this move on its own, so the evidence for it is weak.':
      'Les pauses avec changement de posture soulagent l’inconfort et, dans certains essais, les douleurs lombaires (Waongenngarm et al. 2018, revue systématique) ; des étirements maintenus 10–30 s sont la dose standard (ACSM 2021). Aucun essai n’a testé ce mouvement seul, les preuves sont donc faibles pour lui.',
    'Side view: a person stands with hands on the lower back and leans gently backward, looking ahead.':
      'Vue de côté : une personne debout, les mains sur le bas du dos, se penche doucement en arrière en regardant devant elle.',
    'Seated back arch': 'Cambrure du dos en position assise',
    'Sit near the front of the chair, feet flat, hands on your lower back.':
      'Asseyez-vous vers l’avant de la chaise, les pieds à plat, les mains sur le bas du dos.',
    'Lift your chest and arch your lower back gently, looking ahead.':
      'Soulevez la poitrine et cambrez doucement le bas du dos en regardant devant vous.',
    'Hold where it feels comfortable, then relax back to sitting tall.':
      'Maintenez là où c’est confortable, puis relâchez et revenez en position assise, le dos droit.',
    'A gentle arch in the lower back; no pinching.':
      'Une douce cambrure dans le bas du dos ; aucun pincement.',
    'Side view: a person sits near the front of a chair, hands on the lower back, gently arching the back.':
      'Vue de côté : une personne assise vers l’avant d’une chaise, les mains sur le bas du dos, cambre doucement le dos.',
    'Seated cat-cow': 'Chat-vache en position assise',
    'Sit near the front of the chair with your hands on your knees.':
      'Asseyez-vous vers l’avant de la chaise, les mains sur les genoux.',
    'Breathing in, roll your pelvis forward, arch your back and lift your chest.':
      'En inspirant, basculez le bassin vers l’avant, cambrez le dos et soulevez la poitrine.',
    'Breathing out, roll your pelvis back, round your back and let your chin drop.':
      'En expirant, basculez le bassin vers l’arrière, arrondissez le dos et laissez tomber le menton.',
    'Move slowly between the two for the whole time, within a comfortable range.':
      'Passez lentement de l’un à l’autre pendant toute la durée, dans une amplitude confortable.',
    'The lower and middle back loosening as they move; no pinching.':
      'Le bas et le milieu du dos s’assouplissent en bougeant ; aucun pincement.',
    'Side view: a seated person with hands on the knees arches the back, then rounds it, chin dropping.':
      'Vue de côté : une personne assise, les mains sur les genoux, cambre le dos puis l’arrondit, le menton tombant.',
    'Standing lunge hip-flexor stretch': 'Étirement des fléchisseurs de hanche en fente debout',
    'Stand tall and take a long step forward with your {other} foot, both feet pointing ahead.':
      'Tenez-vous debout, le dos droit, et faites un grand pas en avant avec le pied {other, select, left {gauche} other {droit}}, les deux pieds pointés vers l’avant.',
    'Bend the front knee a little, keeping it over the ankle.':
      'Pliez un peu le genou avant en le gardant au-dessus de la cheville.',
    'Tuck your pelvis under, as if pulling your belt buckle up, and squeeze your {side} glute.':
      'Rentrez le bassin, comme pour remonter la boucle de votre ceinture, et serrez le fessier {side, select, left {gauche} other {droit}}.',
    'Hold when you feel a stretch at the front of your {side} hip; hold a desk for balance if needed.':
      'Maintenez quand vous sentez un étirement à l’avant de la hanche {side, select, left {gauche} other {droite}} ; tenez-vous à un bureau pour l’équilibre si besoin.',
    'A mild stretch at the front of the {side} hip, the back leg.':
      'Un léger étirement à l’avant de la hanche {side, select, left {gauche} other {droite}}, côté jambe arrière.',
    'Pain in the knee or lower back': 'Douleur au genou ou dans le bas du dos',
    'A lunge with the pelvis tucked is common physiotherapy advice, often 2 × 30 s per side; Unknot gives one 30 s hold per side in a break, since 30 s works as well as 60 s and once a day as well as three times (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Weak evidence: no trial is specific to sitting.':
      'La fente bassin rentré est un conseil courant en kinésithérapie, souvent 2 × 30 s par côté ; Unknot propose un maintien de 30 s par côté par pause, car 30 s sont aussi efficaces que 60 s, et une fois par jour autant que trois fois (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Preuves faibles : aucun essai ne porte spécifiquement sur la position assise.',
    'Side view: a person in a standing lunge, pelvis tucked, stretching the front of the back hip.':
      'Vue de côté : une personne en fente debout, le bassin rentré, étire l’avant de la hanche arrière.',
    'Half-kneeling hip-flexor stretch': 'Étirement des fléchisseurs de hanche en chevalier servant',
    'Kneel on your {side} knee on a soft surface, your {other} foot flat in front of you.':
      'Posez le genou {side, select, left {gauche} other {droit}} au sol sur une surface moelleuse, le pied {other, select, left {gauche} other {droit}} à plat devant vous.',
    'Stand your upper body tall with hands on the front knee.':
      'Redressez le haut du corps, les mains sur le genou avant.',
    'Tuck your pelvis under and shift forward a little until the front of the {side} hip stretches.':
      'Rentrez le bassin et avancez un peu jusqu’à sentir l’avant de la hanche {side, select, left {gauche} other {droite}} s’étirer.',
    'Hold without arching your lower back.': 'Maintenez sans cambrer le bas du dos.',
    'A mild stretch at the front of the {side} hip and thigh.':
      'Un léger étirement à l’avant de la hanche et de la cuisse {side, select, left {gauche} other {droite}}.',
    'Pain in the kneeling knee: put a folded jacket under it or stand':
      'Douleur dans le genou au sol : glissez dessous une veste pliée ou relevez-vous',
    'Side view: a person kneels on one knee with the other foot forward, upper body tall, pelvis tucked.':
      'Vue de côté : une personne à genou sur une jambe, l’autre pied devant, le haut du corps droit, le bassin rentré.',
    'Seated figure-four glute stretch': 'Étirement du fessier assis, jambes en 4',
    'Sit near the front of a steady chair, both feet flat.':
      'Asseyez-vous vers l’avant d’une chaise stable, les deux pieds à plat.',
    'Rest your {side} ankle on your {other} knee, making a figure four.':
      'Posez la cheville {side, select, left {gauche} other {droite}} sur le genou {other, select, left {gauche} other {droit}}, en formant un 4.',
    'Sit tall and lean forward from the hips with a straight back.':
      'Redressez-vous et penchez-vous en avant à partir des hanches, le dos droit.',
    'Stop at a mild stretch in the {side} buttock and hold.':
      'Arrêtez-vous à un léger étirement dans la fesse {side, select, left {gauche} other {droite}} et maintenez.',
    'A mild stretch deep in the buttock of the crossed leg.':
      'Un léger étirement en profondeur dans la fesse de la jambe croisée.',
    'Pain in the knee of the crossed leg': 'Douleur au genou de la jambe croisée',
    'Holding a stretch 10–30 s to mild tightness is the standard dose (ACSM 2021; Bandy & Irion 1994); no trial tested glute stretches for desk sitters, so evidence for this one is weak.':
      'Maintenir un étirement 10–30 s jusqu’à une légère tension est la dose standard (ACSM 2021; Bandy & Irion 1994) ; aucun essai n’a testé les étirements des fessiers chez les personnes assises au bureau, les preuves sont donc faibles pour celui-ci.',
    'Front view: a seated person rests one ankle on the opposite knee, the knee falling out to the side.':
      'Vue de face : une personne assise pose une cheville sur le genou opposé, le genou retombant sur le côté.',
    'Ball on the glute against the wall': 'Balle sur le fessier contre le mur',
    'Stand with your back to a wall.': 'Tenez-vous dos à un mur.',
    'Place the ball between the wall and the upper, outer part of your {side} buttock, away from the spine and tailbone.':
      'Placez la balle entre le mur et la partie haute et externe de votre fesse {side, select, left {gauche} other {droite}}, loin de la colonne vertébrale et du coccyx.',
    'Lean back and shift your weight to find a tender spot; keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Appuyez-vous en arrière et déplacez votre poids pour trouver un point sensible ; évitez la partie basse et centrale de la fesse, où passe le nerf sciatique.',
    'Hold it at about 5–7 out of 10 and breathe; ease off early if it softens.':
      'Maintenez à environ 5–7 sur 10 et respirez ; relâchez plus tôt si le point se détend.',
    'Pain shooting down the leg': 'Douleur fulgurante qui descend dans la jambe',
    'Pressure on the lower back or tailbone: move the ball onto the muscle':
      'Pression sur le bas du dos ou le coccyx : replacez la balle sur le muscle',
    'Side view: a person leans back against a wall with a ball between the upper outer buttock and the wall.':
      'Vue de côté : une personne s’appuie dos au mur, une balle entre le mur et la partie haute et externe de la fesse.',
    'Standing hamstring stretch': 'Étirement des ischio-jambiers debout',
    'Stand and place your {side} heel a small step forward, toes up, knee straight but soft.':
      'Debout, posez le talon {side, select, left {gauche} other {droit}} un petit pas en avant, orteils vers le haut, genou tendu mais pas verrouillé.',
    'Bend the back knee slightly and put your hands on your thighs.':
      'Pliez légèrement le genou arrière et posez les mains sur les cuisses.',
    'Hinge forward from the hips with a straight back until the back of the {side} thigh stretches.':
      'Penchez-vous en avant à partir des hanches, le dos droit, jusqu’à sentir l’arrière de la cuisse {side, select, left {gauche} other {droite}} s’étirer.',
    'Hold and breathe; do not bounce.': 'Maintenez et respirez ; ne faites pas de rebonds.',
    'A mild stretch along the back of the {side} thigh.':
      'Un léger étirement le long de l’arrière de la cuisse {side, select, left {gauche} other {droite}}.',
    'Pain or tingling running down the back of the leg':
      'Douleur ou fourmillements qui descendent à l’arrière de la jambe',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997).':
      'Dans un essai sur les ischio-jambiers, des maintiens de 30 s ont mieux marché que 15 s et aussi bien que 60 s (Bandy & Irion 1994), et une fois par jour aussi bien que trois fois (Bandy, Irion & Briggler 1997).',
    'Side view: a person with one heel forward, toes up, hinging forward from the hips with a straight back.':
      'Vue de côté : une personne, un talon en avant, orteils vers le haut, se penche en avant à partir des hanches, le dos droit.',
    'Seated hamstring stretch': 'Étirement des ischio-jambiers assis',
    'Sit near the front edge of a steady chair.':
      'Asseyez-vous près du bord avant d’une chaise stable.',
    'Straighten your {side} leg in front of you, heel on the floor and toes up.':
      'Tendez la jambe {side, select, left {gauche} other {droite}} devant vous, le talon au sol et les orteils vers le haut.',
    'Sit tall and lean forward from the hips until the back of the {side} thigh stretches.':
      'Redressez-vous et penchez-vous en avant à partir des hanches jusqu’à sentir l’arrière de la cuisse {side, select, left {gauche} other {droite}} s’étirer.',
    'Hold and breathe, keeping your back straight.':
      'Maintenez et respirez, en gardant le dos droit.',
    'A mild stretch along the back of the straight leg.':
      'Un léger étirement le long de l’arrière de la jambe tendue.',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997). Daily is best (ACSM 2021).':
      'Dans un essai sur les ischio-jambiers, des maintiens de 30 s ont mieux marché que 15 s et aussi bien que 60 s (Bandy & Irion 1994), et une fois par jour aussi bien que trois fois (Bandy, Irion & Briggler 1997). Le mieux est chaque jour (ACSM 2021).',
    'Side view: a person sits on the front of a chair with one leg straight, heel on the floor, leaning forward from the hips.':
      'Vue de côté : une personne assise à l’avant d’une chaise, une jambe tendue, talon au sol, se penche en avant à partir des hanches.',
    'Calf raises': 'Montées sur la pointe des pieds',
    'Stand tall, feet hip-width apart, a hand on your desk or a chair back for balance.':
      'Tenez-vous debout, le dos droit, les pieds écartés de la largeur des hanches, une main sur le bureau ou sur un dossier de chaise pour l’équilibre.',
    'Rise slowly onto the balls of your feet, as high as is comfortable.':
      'Montez lentement sur la pointe des pieds, aussi haut que c’est confortable.',
    'Lower your heels over 2 seconds and repeat until the time is up.':
      'Redescendez les talons en 2 secondes et recommencez jusqu’à la fin du temps imparti.',
    'Warm, working calves; the legs feel lighter afterwards.':
      'Les mollets chauffent et travaillent ; les jambes semblent plus légères ensuite.',
    'A swollen, warm, painful calf: see a doctor the same day':
      'Un mollet gonflé, chaud et douloureux : consultez un médecin le jour même',
    'Simply standing is not enough: sitting should be broken by moving (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), and active breaks help (Waongenngarm et al. 2018); no trial tested calf raises at a desk, so the evidence for them is weak.':
      'Se tenir debout ne suffit pas : il faut interrompre la position assise en bougeant (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), et les pauses actives aident (Waongenngarm et al. 2018) ; aucun essai n’a testé les montées sur la pointe des pieds au bureau, les preuves sont donc faibles pour elles.',
    'Side view: a person rises onto the balls of the feet and lowers slowly.':
      'Vue de côté : une personne monte sur la pointe des pieds et redescend lentement.',
    'Rise only halfway, or keep more weight on your hands.':
      'Ne montez qu’à mi-hauteur, ou mettez plus de poids sur les mains.',
    'Pause 2 seconds at the top, or rise on one foot at a time.':
      'Marquez une pause de 2 secondes en haut, ou montez sur un pied à la fois.',
    'Standing calf stretch at the wall': 'Étirement du mollet debout contre le mur',
    'Face a wall and put both hands on it at shoulder height.':
      'Placez-vous face à un mur et posez-y les deux mains à hauteur d’épaules.',
    'Step your {side} foot back, heel down and toes pointing ahead; bend the front knee.':
      'Reculez le pied {side, select, left {gauche} other {droit}}, talon au sol et orteils pointés vers l’avant ; pliez le genou avant.',
    'Lean toward the wall until the {side} calf stretches, keeping the back heel on the floor.':
      'Penchez-vous vers le mur jusqu’à sentir le mollet {side, select, left {gauche} other {droit}} s’étirer, en gardant le talon arrière au sol.',
    'Hold and breathe.': 'Maintenez et respirez.',
    'A mild stretch in the {side} calf.':
      'Un léger étirement dans le mollet {side, select, left {gauche} other {droit}}.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s is as good as 60 s (Bandy & Irion 1994); no trial tested calf stretches for desk workers, so the evidence for this one is weak.':
      'Des étirements maintenus 10–30 s jusqu’à une légère tension, chaque jour, sont la dose standard (ACSM 2021), et 30 s valent autant que 60 s (Bandy & Irion 1994) ; aucun essai n’a testé les étirements du mollet chez les personnes qui travaillent au bureau, les preuves sont donc faibles pour celui-ci.',
    'Side view: a person leans on a wall with one foot stepped back, heel down, stretching the back calf.':
      'Vue de côté : une personne s’appuie contre un mur, un pied en arrière, talon au sol, et étire le mollet arrière.',
    'Easy walk': 'Marche tranquille',
    'Stand up and walk at an easy to moderate pace: to a window, the stairs or the kitchen.':
      'Levez-vous et marchez à une allure facile à modérée : jusqu’à une fenêtre, l’escalier ou la cuisine.',
    'Let your arms swing and your shoulders relax.':
      'Laissez vos bras se balancer et vos épaules se détendre.',
    'Breathe a little faster than at your desk, but keep it easy enough to talk.':
      'Respirez un peu plus vite qu’à votre bureau, mais restez assez à l’aise pour parler.',
    'Warm and loosened up; you can still talk comfortably.':
      'Une sensation de chaleur et de détente ; vous pouvez encore parler sans peine.',
    'Chest pain or tightness, or unusual breathlessness: stop and get help':
      'Douleur ou oppression dans la poitrine, ou essoufflement inhabituel : arrêtez-vous et demandez de l’aide',
    'ANSES (2025) advises 3–5 minutes of light to moderate movement every 30 minutes of sitting (Unknot’s movement break comes once an hour by default: you can make it more often in Settings), and simply standing is not enough (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); evidence on pain is weaker.':
      'L’ANSES (2025) conseille 3–5 minutes de mouvement léger à modéré toutes les 30 minutes passées en position assise (la pause mouvement d’Unknot revient une fois par heure par défaut : raccourcissez l’intervalle dans les Réglages), et se tenir debout ne suffit pas (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html) ; les preuves sur la douleur sont plus faibles.',
    'Side view: a person walking with arms swinging.':
      'Vue de côté : une personne qui marche en balançant les bras.',
    'Seated marching': 'Marche en position assise',
    'Sit tall near the front of your chair or wheelchair, feet on the floor or footplates.':
      'Asseyez-vous le dos droit vers l’avant de votre chaise ou de votre fauteuil roulant, les pieds au sol ou sur les repose-pieds.',
    'Lift one knee, then the other, at a brisk, comfortable pace, swinging your arms.':
      'Levez un genou, puis l’autre, à un rythme soutenu mais confortable, en balançant les bras.',
    'Keep going for the whole time; if lifting the legs is not possible, swing the arms only.':
      'Continuez pendant toute la durée ; si vous ne pouvez pas lever les jambes, balancez seulement les bras.',
    'Warm and a little out of breath; you can still talk comfortably.':
      'Une sensation de chaleur et un léger essoufflement ; vous pouvez encore parler sans peine.',
    'Side view: a seated person lifts one knee and then the other, arms swinging.':
      'Vue de côté : une personne assise lève un genou puis l’autre, en balançant les bras.',
    'Seated arm circles': 'Cercles de bras en position assise',
    'Sit tall in your chair or wheelchair, feet or footplates steady.':
      'Asseyez-vous le dos droit sur votre chaise ou dans votre fauteuil roulant, les pieds ou les repose-pieds bien stables.',
    'Make big, brisk circles with both arms, as if pedalling a bicycle with your hands.':
      'Faites de grands cercles rapides avec les deux bras, comme si vous pédaliez à vélo avec les mains.',
    'Change direction every 30 seconds and keep a pace at which you can still talk.':
      'Changez de sens toutes les 30 secondes et gardez un rythme qui vous permet encore de parler.',
    'Warm shoulders and a slightly faster breath.':
      'Des épaules réchauffées et une respiration un peu plus rapide.',
    'Side view: a seated person circles both arms in front of the body, like pedalling with the hands.':
      'Vue de côté : une personne assise fait tourner les deux bras devant le corps, comme si elle pédalait avec les mains.',
    // Safety questions, operation sites and safety texts
    'Do you take blood thinners (anticoagulants), or have a bleeding disorder?':
      'Prenez-vous des médicaments qui fluidifient le sang (anticoagulants), ou avez-vous un trouble de la coagulation ?',
    'blood thinners or a bleeding disorder':
      'la prise d’anticoagulants ou un trouble de la coagulation',
    'Blood thinners or a bleeding disorder': 'Anticoagulants ou trouble de la coagulation',
    'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?':
      'Avez-vous déjà eu un caillot sanguin, par exemple une thrombose veineuse profonde (TVP, ou phlébite) ?',
    'a history of blood clots': 'des antécédents de caillots sanguins',
    'A blood clot, now or in the past (such as a DVT)':
      'Un caillot sanguin, actuel ou passé (par exemple une TVP)',
    'Do you have osteoporosis, or have you broken a bone recently?':
      'Avez-vous de l’ostéoporose, ou vous êtes-vous cassé un os récemment ?',
    'osteoporosis or a recent fracture': 'l’ostéoporose ou une fracture récente',
    'Osteoporosis, or a recently broken bone': 'Ostéoporose, ou os cassé récemment',
    'Do you have cancer now, or have you had cancer that spread to the bones?':
      'Avez-vous un cancer actuellement, ou avez-vous eu un cancer qui s’est étendu aux os ?',
    'cancer, now or in the bones': 'un cancer, actuel ou étendu aux os',
    'Cancer now, or cancer that spread to the bones':
      'Cancer actuel, ou cancer qui s’est étendu aux os',
    'Do you have a heart condition, such as angina, heart failure or a pacemaker?':
      'Avez-vous une maladie cardiaque, par exemple une angine de poitrine, une insuffisance cardiaque ou un stimulateur cardiaque (pacemaker) ?',
    'a heart condition': 'une maladie cardiaque',
    'A heart condition': 'Une maladie cardiaque',
    'Have you taken steroid tablets (such as prednisolone) for three months or more?':
      'Avez-vous pris des corticoïdes en comprimés (par exemple de la prednisolone) pendant trois mois ou plus ?',
    'long-term steroid tablets': 'la prise prolongée de corticoïdes en comprimés',
    'Steroid tablets for three months or more':
      'Corticoïdes en comprimés pendant trois mois ou plus',
    'Is the feeling in your skin reduced anywhere, for example from diabetes or nerve damage (neuropathy)?':
      'La sensibilité de votre peau est-elle réduite à un endroit, par exemple à cause d’un diabète ou d’une atteinte des nerfs (neuropathie) ?',
    'reduced feeling, so the pressure is hard to judge':
      'une sensibilité réduite, qui rend la pression difficile à évaluer',
    'Reduced feeling in the skin, or nerve damage (neuropathy)':
      'Sensibilité de la peau réduite, ou atteinte des nerfs (neuropathie)',
    'Are you pregnant?': 'Êtes-vous enceinte ?',
    pregnancy: 'une grossesse',
    Pregnancy: 'Grossesse',
    'Have you had an operation or an injury in the last six months?':
      'Avez-vous eu une opération ou une blessure au cours des six derniers mois ?',
    'a recent operation or injury': 'une opération ou une blessure récente',
    'An operation or injury in the last six months':
      'Une opération ou une blessure au cours des six derniers mois',
    'Is a doctor or physiotherapist currently treating you for this pain?':
      'Un médecin ou un kinésithérapeute vous traite-t-il actuellement pour cette douleur ?',
    'a current treatment for this pain': 'un traitement en cours pour cette douleur',
    'A doctor or physiotherapist treating you for this pain':
      'Un médecin ou un kinésithérapeute qui vous traite pour cette douleur',
    Neck: 'Cou',
    'Shoulder or arm': 'Épaule ou bras',
    Chest: 'Poitrine',
    'Upper back': 'Haut du dos',
    'Lower back': 'Bas du dos',
    'Belly (abdomen)': 'Ventre (abdomen)',
    Hip: 'Hanche',
    'Knee or leg': 'Genou ou jambe',
    'Somewhere else': 'Ailleurs',
    'Where was it? Exercises that load that part of the body are left out until you turn them back on.':
      'Où était-ce ? Les exercices qui sollicitent cette partie du corps sont mis de côté jusqu’à ce que vous les réactiviez.',
    'Never press over a wound, rash, bruise or varicose vein, and not when you have a fever or feel unwell.':
      'N’appuyez jamais sur une plaie, une éruption cutanée, un bleu ou une varice, ni quand vous avez de la fièvre ou ne vous sentez pas bien.',
    'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.':
      'Arrêtez un exercice immédiatement si vous ressentez un engourdissement, des fourmillements, une douleur vive ou fulgurante, ou des vertiges. N’appuyez jamais sur l’avant ni sur les côtés du cou, ni directement sur la colonne vertébrale.',
    'Pressure exercises (a ball against a wall) are off for you. Stretches, strength and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.':
      'Les exercices de pression (une balle contre un mur) sont désactivés pour vous. Les étirements, le renforcement et le mouvement restent activés. Si un médecin ou un kinésithérapeute vous dit que la pression ne pose pas de problème pour vous, vous pouvez les réactiver dans les Réglages, rubrique Sécurité.',
    'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.':
      'Unknot vous aide à prendre l’habitude de pauses courtes et régulières. Ce n’est pas un traitement et il ne peut pas promettre de faire disparaître la douleur.',
    'Unknot is not a treatment. Skip pressure on the ball if you take blood thinners, have a bleeding disorder, fragile bones, a fever or an infection, and ask a doctor first if you are pregnant or have heart problems.':
      'Unknot n’est pas un traitement. Ne faites pas les exercices de pression avec la balle si vous prenez des anticoagulants, si vous avez un trouble de la coagulation, des os fragiles, de la fièvre ou une infection, et demandez d’abord l’avis d’un médecin si vous êtes enceinte ou avez des problèmes cardiaques.',
    'See a professional if there is no improvement after about two weeks, or with new numbness, tingling or weakness, fever, unexplained weight loss, a history of cancer, pain worse at night, or pain after an injury.':
      'Consultez un professionnel de santé s’il n’y a pas d’amélioration après environ deux semaines, ou en cas d’engourdissement, de fourmillements ou de faiblesse nouveaux, de fièvre, de perte de poids inexpliquée, d’antécédents de cancer, de douleur plus forte la nuit ou de douleur après une blessure.',
    'Chest pain or tightness spreading to the arm, jaw, neck or back, with sweating or breathlessness: call emergency services, not a stretch.':
      'Douleur ou oppression dans la poitrine qui s’étend au bras, à la mâchoire, au cou ou au dos, avec sueurs ou essoufflement : appelez les secours, ne faites pas d’étirement.',
    // Warning signs
    'Sudden chest pain that spreads to your arm, back, neck or jaw':
      'Douleur soudaine dans la poitrine qui s’étend au bras, au dos, au cou ou à la mâchoire',
    'Chest pain that feels tight or heavy': 'Douleur dans la poitrine qui serre ou qui pèse',
    'Chest pain that started with breathlessness, sweating or feeling sick':
      'Douleur dans la poitrine apparue avec un essoufflement, des sueurs ou des nausées',
    'Chest pain that lasts more than 15 minutes':
      'Douleur dans la poitrine qui dure plus de 15 minutes',
    'Sudden breathlessness, or chest pain when you breathe in (a possible clot in the lung)':
      'Essoufflement soudain, ou douleur dans la poitrine quand vous inspirez (possible caillot dans le poumon)',
    'Loss of control of your bladder or bowels, numbness around your genitals or buttocks, or numbness or weakness in both legs':
      'Perte de contrôle de la vessie ou des intestins, engourdissement autour des parties génitales ou des fesses, ou engourdissement ou faiblesse dans les deux jambes',
    'A swollen, warm, painful calf or thigh, usually in one leg (a possible blood clot; long sitting makes clots more likely)':
      'Mollet ou cuisse gonflé, chaud et douloureux, généralement d’une seule jambe (possible caillot sanguin ; rester longtemps assis rend les caillots plus probables)',
    'New numbness, tingling or weakness':
      'Engourdissement, fourmillements ou faiblesse d’apparition récente',
    'Pain that started after a fall, accident or other injury':
      'Douleur apparue après une chute, un accident ou une autre blessure',
    'A fever, or feeling generally unwell, along with the pain':
      'De la fièvre, ou une sensation de malaise général, en même temps que la douleur',
    'Weight loss you cannot explain': 'Une perte de poids que vous ne pouvez pas expliquer',
    'Pain of any kind if you have ever had cancer':
      'Une douleur, quelle qu’elle soit, si vous avez déjà eu un cancer',
    'Pain that is worse at night or wakes you up':
      'Une douleur plus forte la nuit ou qui vous réveille',
    'Neck pain with double vision, dizziness or fainting, slurred speech, trouble swallowing, clumsy hands or poor balance':
      'Une douleur au cou avec vision double, vertiges ou évanouissement, difficulté à articuler, difficulté à avaler, mains maladroites ou mauvais équilibre',
    'Pain that is getting worse quickly, even with self-help':
      'Une douleur qui s’aggrave rapidement, même avec les soins que vous vous apportez',
    'Any of the emergency signs above, if it came and has settled':
      'L’un des signes d’urgence ci-dessus, s’il est apparu puis s’est calmé',
    'No improvement after about two weeks of regular self-care':
      'Aucune amélioration après environ deux semaines à prendre soin de vous régulièrement',
    'An emergency sign, happening at the time': 'Un signe d’urgence, présent à ce moment-là',
    'Call an ambulance now (112 in Europe, 999 in the UK, 911 in North America) if any of these is happening:':
      'Appelez une ambulance maintenant (112 en Europe, 999 au Royaume-Uni, 911 en Amérique du Nord) si l’un de ces signes se produit :',
    'See a doctor today (in the UK, call 111) rather than working on it yourself if you notice any of these:':
      'Consultez un médecin aujourd’hui (au Royaume-Uni, appelez le 111) plutôt que de vous soigner vous-même si vous remarquez l’un de ces signes :',
    'Book an appointment with a doctor or physiotherapist if there is no improvement after about two weeks of regular self-care. They can tell you which exercises are safe for you.':
      'Prenez rendez-vous avec un médecin ou un kinésithérapeute s’il n’y a pas d’amélioration après environ deux semaines à prendre soin de vous régulièrement. Ce professionnel pourra vous dire quels exercices sont sans danger pour vous.',
    'Something happening now is an emergency call. Something that happened and has settled still needs a doctor today.':
      'Ce qui se produit maintenant justifie un appel d’urgence. Ce qui s’est produit puis s’est calmé nécessite quand même un médecin aujourd’hui.',
    'This is an emergency': 'C’est une urgence',
    'Stop the exercises and call an ambulance now (112 in Europe, 999 in the UK, 911 in North America). Do not wait to see whether it passes.':
      'Arrêtez les exercices et appelez une ambulance maintenant (112 en Europe, 999 au Royaume-Uni, 911 en Amérique du Nord). N’attendez pas de voir si cela passe.',
    // Knot finder
    'Top of the shoulder': 'Dessus de l’épaule',
    'Reach across with the opposite hand and rest your fingers on the top of your shoulder, halfway between your neck and the tip of the shoulder.':
      'Passez la main opposée en travers et posez les doigts sur le dessus de l’épaule, à mi-chemin entre le cou et la pointe de l’épaule.',
    'Gently pinch the thick muscle there between thumb and fingers, or press down into it.':
      'Pincez doucement le muscle épais à cet endroit entre le pouce et les doigts, ou appuyez dessus vers le bas.',
    'Keep off the front and sides of the neck and the hollow above the collarbone.':
      'Évitez l’avant et les côtés du cou ainsi que le creux au-dessus de la clavicule.',
    'Where the neck meets the shoulder blade': 'Là où le cou rejoint l’omoplate',
    'Reach over your shoulder with the opposite hand to the top inner corner of the shoulder blade.':
      'Passez la main opposée par-dessus l’épaule jusqu’à l’angle supérieur interne de l’omoplate.',
    'Press just above that corner, at the back of where the neck meets the shoulder.':
      'Appuyez juste au-dessus de cet angle, à l’arrière de la jonction entre le cou et l’épaule.',
    'Stay at the back: never press on the front or sides of the neck.':
      'Restez à l’arrière : n’appuyez jamais sur l’avant ni sur les côtés du cou.',
    'Between the shoulder blades': 'Entre les omoplates',
    'Cross your arms to move the shoulder blades apart.':
      'Croisez les bras pour écarter les omoplates.',
    'Feel for tender bands along the inner edge of one shoulder blade, a thumb’s width from the spine, or lean that spot on a ball against a wall.':
      'Cherchez des bandes sensibles le long du bord interne d’une omoplate, à une largeur de pouce de la colonne vertébrale, ou placez une balle à cet endroit et appuyez-vous contre un mur.',
    'Keep off the bony points of the spine itself.':
      'Évitez les reliefs osseux de la colonne vertébrale elle-même.',
    'Front of the chest': 'Avant de la poitrine',
    'Put your fingertips below the collarbone, a hand’s width out from the breastbone, towards the front of the shoulder.':
      'Posez le bout des doigts sous la clavicule, à une largeur de main du sternum, vers l’avant de l’épaule.',
    'Press gently into the muscle there and move a little outward.':
      'Appuyez doucement dans le muscle à cet endroit et déplacez-vous un peu vers l’extérieur.',
    'Stay below the collarbone: never press into the hollow above it, or on the breastbone.':
      'Restez sous la clavicule : n’appuyez jamais dans le creux au-dessus, ni sur le sternum.',
    'Top of the forearm': 'Dessus de l’avant-bras',
    'Rest one forearm on the desk, palm down.':
      'Posez un avant-bras sur le bureau, paume vers le bas.',
    'With the other thumb, press along the muscle of the top of the forearm, from just below the elbow towards the wrist.':
      'Avec le pouce de l’autre main, appuyez le long du muscle du dessus de l’avant-bras, de juste sous le coude vers le poignet.',
    'Keep off the inside of the elbow and the inside of the wrist.':
      'Évitez l’intérieur du coude et l’intérieur du poignet.',
    'Upper outer buttock': 'Haut et extérieur de la fesse',
    'Stand, and put your hand on the upper, outer part of one buttock, below the bony rim of the pelvis.':
      'Debout, posez la main sur la partie haute et externe d’une fesse, sous le rebord osseux du bassin.',
    'Press with your fingertips, or lean that spot on a ball against a wall.':
      'Appuyez du bout des doigts, ou placez une balle à cet endroit et appuyez-vous contre un mur.',
    'Stay upper and outer: keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Restez en haut et à l’extérieur : évitez la partie basse et centrale de la fesse, où passe le nerf sciatique.',
    'Front of the hip': 'Avant de la hanche',
    'Stand and find the bony point at the front of your pelvis.':
      'Debout, trouvez la pointe osseuse à l’avant du bassin.',
    'Move your fingers a little down and in, into the crease at the top of the thigh, and press gently.':
      'Déplacez un peu les doigts vers le bas et vers l’intérieur, dans le pli en haut de la cuisse, et appuyez doucement.',
    'Press gently here only: if you feel a pulse, move your fingers away from it.':
      'N’appuyez ici que doucement : si vous sentez un pouls, éloignez-en les doigts.',
    'Press slowly with two or three fingertips, only as firmly as is tolerable: at most a dull 5–7 out of 10, a few seconds per place. A knot feels like a tender lump or band. Back off if you wince.':
      'Appuyez lentement avec le bout de deux ou trois doigts, seulement aussi fort que c’est tolérable : au plus une douleur sourde de 5–7 sur 10, quelques secondes par endroit. Au toucher, un nœud ressemble à une boule ou une bande sensible. Relâchez si vous grimacez.',
    'A knot is a spot in a muscle that is tender when pressed. This check takes a few minutes: for each spot, find it, press gently, and mark how tender it felt. It is a way to notice changes over the weeks, not a diagnosis.':
      'Un nœud est un point d’un muscle, sensible quand on appuie dessus. Ce bilan prend quelques minutes : pour chaque endroit, trouvez-le, appuyez doucement et notez à quel point il était sensible. C’est un moyen de remarquer les changements au fil des semaines, pas un diagnostic.',
    'Dizziness or feeling faint': 'Vertiges ou impression de vous évanouir',
    'See a professional if a spot stays very tender after about two weeks of self-care, or with new numbness, tingling or weakness, swelling, warmth or redness, fever, or pain that is worse at night.':
      'Consultez un professionnel de santé si un endroit reste très sensible après environ deux semaines à prendre soin de vous, ou en cas d’engourdissement, de fourmillements ou de faiblesse nouveaux, de gonflement, de chaleur ou de rougeur, de fièvre, ou de douleur plus forte la nuit.',
    'Your safety answers rule out pressing on muscles, or are not all given yet. You can still go through the spots and mark where it feels tight or sore, without pressing.':
      'Vos réponses aux questions de sécurité excluent la pression sur les muscles, ou ne sont pas encore toutes données. Vous pouvez quand même parcourir les endroits et noter où c’est tendu ou douloureux, sans appuyer.',
  },
};
