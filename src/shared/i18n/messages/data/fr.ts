import type { dataEn } from './en';

/** Les problèmes avec vos données, en français. */
export const dataFr: Record<keyof typeof dataEn, string> = {
  'data.cause.diskFull': 'le disque est plein',
  'data.cause.notAllowed': 'Unknot n’a pas le droit d’utiliser ce fichier ou ce dossier',
  'data.cause.readOnly': 'le disque est en lecture seule',
  'data.cause.busy': 'un autre programme utilise le fichier',
  'data.cause.missing': 'le fichier ou le dossier est introuvable',
  'data.cause.tooManyFiles': 'trop de fichiers sont ouverts en même temps',
  'data.cause.wrongKind':
    'un dossier se trouve à la place d’un fichier, ou un fichier à la place d’un dossier',
  'data.cause.io': 'le disque n’a pas pu être lu ou écrit (une panne matérielle ou de connexion)',
  'data.cause.timedOut': 'la réponse a pris trop de temps',
  'data.cause.connection': 'la connexion a été refusée ou s’est interrompue',
  'data.cause.code': 'une erreur inattendue ({code})',
  'data.cause.unknown': 'une erreur inattendue',
  'data.cause.unreadAtStart':
    'Unknot n’a pas pu lire son fichier au démarrage et n’écrit pas par-dessus un fichier qu’il n’a pas pu lire',

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
  'data.action.unreadable':
    'Rendez {file} lisible pour votre compte, ou déplacez ce qui se trouve à sa place ; puis redémarrez Unknot.',

  'data.settings.setAside':
    'Le fichier de réglages n’a pas pu être lu ({reason}) ; il a été déplacé vers {file} et les réglages par défaut s’appliquent.',
  'data.settings.repaired':
    'Une partie de votre fichier de réglages n’était pas utilisable telle quelle ; la liste en haut des Réglages indique ce qui a changé.',
  'data.settings.saveFailed': 'Vos réglages n’ont pas pu être enregistrés dans {file} ({cause}).',
  'data.settings.saveKept':
    'Les réglages enregistrés auparavant restent en vigueur ; la modification n’a pas été appliquée.',
  'data.settings.saveAction':
    'Rendez le dossier de données accessible en écriture (ou libérez de l’espace disque), puis enregistrez à nouveau.',
  'data.settings.unreadable':
    'Le fichier de réglages {file} n’a pas pu être lu ({cause}) ; les réglages par défaut s’appliquent.',
  'data.settings.unreadableKept':
    'Le fichier a été laissé tel quel. Les modifications que vous faites maintenant s’appliquent jusqu’à ce que vous quittiez Unknot, mais ne sont pas enregistrées, pour ne pas l’écraser.',
  'data.engine.setAside':
    'L’état des pauses n’a pas pu être utilisé ({reason}) ; il a été déplacé vers {file} et l’état de pause et de report est reparti de zéro.',
  'data.engine.kept':
    'Votre historique n’est pas touché ; seul l’état de pause et de report est reparti de zéro.',
  'data.engine.unreadable':
    'L’état de pause et de report dans {file} n’a pas pu être lu ({cause}) ; Unknot a démarré sans lui.',
  'data.engine.unreadableKept':
    'Le fichier a été laissé tel quel et n’est pas écrit tant qu’Unknot ne peut pas le lire après un redémarrage. Votre historique n’est pas touché.',
  'data.tension.setAside':
    'Le fichier des tensions n’a pas pu être lu ({reason}) ; il a été déplacé vers {file}.',
  'data.tension.skipped':
    '{count, plural, one {# bilan de tension n’a pas pu être lu et a été ignoré.} other {# bilans de tension n’ont pas pu être lus et ont été ignorés.}}',
  'data.tension.skippedKept':
    'Ils restent dans tension.json jusqu’à l’enregistrement du prochain bilan.',
  'data.tension.unreadable': 'Le fichier des tensions {file} n’a pas pu être lu ({cause}).',
  'data.tension.unreadableKept':
    'Le fichier a été laissé tel quel. Les nouveaux bilans ne peuvent pas être enregistrés tant qu’Unknot ne peut pas le lire après un redémarrage.',
  'data.knots.setAside':
    'Le fichier du détecteur de nœuds n’a pas pu être lu ({reason}) ; il a été déplacé vers {file}.',
  'data.knots.skipped':
    '{count, plural, one {# recherche de nœuds n’a pas pu être lue et a été ignorée.} other {# recherches de nœuds n’ont pas pu être lues et ont été ignorées.}}',
  'data.knots.skippedKept': 'Elles restent dans knots.json.',
  'data.knots.unreadable': 'Le fichier du détecteur de nœuds {file} n’a pas pu être lu ({cause}).',
  'data.knots.unreadableKept':
    'Le fichier a été laissé tel quel. Les nouvelles recherches de nœuds ne peuvent pas être enregistrées tant qu’Unknot ne peut pas le lire après un redémarrage.',

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
  'data.log.folderUnreadable':
    'Le dossier d’historique {folder} n’a pas pu être lu ({cause}). Les pauses continuent ; leurs résultats sont gardés en mémoire et enregistrés dès que le dossier peut être lu.',
  'data.log.folderKept':
    'Rien n’y a été modifié ni supprimé. Quitter Unknot avant cela perdrait les résultats gardés en mémoire.',
  'data.log.folderAction':
    'Faites de {folder} un dossier que votre compte peut lire (déplacez le fichier qui se trouve à sa place) ; Unknot enregistre alors ce qui attend, sans redémarrage.',

  'data.write.log': 'Une pause ou un temps assis n’a pas pu être enregistré : {cause}.',
  'data.write.engineState': 'L’état de pause et de report n’a pas pu être enregistré : {cause}.',
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
};
