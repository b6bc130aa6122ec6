import type { commonEn } from './en';

/** Composants partagés en français. */
export const commonFr: Record<keyof typeof commonEn, string> = {
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
};
