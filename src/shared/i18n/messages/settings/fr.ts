import type { settingsEn } from './en';

/** The settings window in French. */
export const settingsFr: Record<keyof typeof settingsEn, string> = {
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
  'settings.breaks.missedAfter': 'Si je laisse une pause sans réponse, la compter manquée après',
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
};
