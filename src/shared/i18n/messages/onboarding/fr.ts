import type { onboardingEn } from './en';

/** L’accueil en français. */
export const onboardingFr: Record<keyof typeof onboardingEn, string> = {
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
  'onboarding.inline.saveFailed': 'Vos réponses n’ont pas été enregistrées : {error}. Réessayez.',
};
