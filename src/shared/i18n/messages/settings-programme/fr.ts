import type { settingsProgrammeEn } from './en';

/** "My programme" in French. */
export const settingsProgrammeFr: Record<keyof typeof settingsProgrammeEn, string> = {
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
};
