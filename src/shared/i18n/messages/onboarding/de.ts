import type { onboardingEn } from './en';

/** Die Einführung auf Deutsch. */
export const onboardingDe: Record<keyof typeof onboardingEn, string> = {
  'onboarding.step': 'Schritt {step} von {total}',
  'onboarding.back': 'Zurück',
  'onboarding.next': 'Weiter',
  'onboarding.finish': 'Fertig',
  'onboarding.skip': 'Vorerst überspringen',
  'onboarding.saveFailed': 'Das wurde nicht gespeichert: {error}. Versuch es noch einmal.',
  'onboarding.loadFailed': 'Unknot konnte deine Einstellungen nicht laden: {error}',
  'onboarding.sitting.title': 'Kurze Pausen, oft',
  'onboarding.sitting.body':
    'Unknot merkt an deiner Tastatur- und Mausaktivität, wie lange du schon am Computer sitzt, und schlägt etwa alle 30 Minuten eine kurze Haltungspause vor. Zeit weg vom Computer zählt als Pause.',
  'onboarding.routine.title': 'Ein, zwei Minuten Pflege',
  'onboarding.routine.body':
    'Jede Pause führt dich durch ein bis drei Minuten: eine Dehnung, einen kurzen Gang oder einen Ball, den du an der Wand gegen eine verspannte Stelle hältst. Ein Timer zählt jede Haltezeit für dich.',
  'onboarding.habit.title': 'Regelmäßig schlägt intensiv',
  'onboarding.habit.body':
    'Unknot zeichnet auf, was du gemacht hast, und zeigt dir einmal pro Woche, wie regelmäßig du warst. Ein verpasster Tag macht deinen Fortschritt nicht zunichte.',
  'onboarding.equipment.title': 'Was hast du zur Hand?',
  'onboarding.equipment.legend': 'Unknot schlägt nur Übungen vor, für die du das Nötige hast.',
  'onboarding.equipment.ball': 'Einen festen Ball (Tennis- oder Lacrosseball)',
  'onboarding.equipment.wall': 'Ein freies Stück Wand',
  'onboarding.equipment.doorway': 'Einen Türrahmen',
  'onboarding.equipment.chair': 'Einen stabilen Stuhl',
  'onboarding.safety.title': 'Ein kurzer Sicherheitscheck',
  'onboarding.safety.intro':
    'Druck auf verspannte Stellen ist nicht für alle richtig. Deine Antworten bleiben auf diesem Computer.',
  'onboarding.redFlags.title': 'Wann du zu einer Fachperson gehen solltest',
  'onboarding.redFlags.yesTo': 'Du hast Ja geantwortet bei: {reasons}.',
  'onboarding.done.title': 'Alles bereit',
  'onboarding.done.body':
    'Unknot ist in deiner Taskleiste und schlägt dir nach einer Weile Sitzen deine erste Pause vor. Alles lässt sich in den Einstellungen ändern.',
  'onboarding.later.title': 'Vielleicht später',
  'onboarding.later.body':
    'Die Einführung und den Sicherheitscheck findest du jederzeit in den Einstellungen unter Sicherheit.',
  'onboarding.close': 'Schließen',

  'onboarding.answer': '{yes, select, true {Ja} other {Nein}}',
  'onboarding.answerMissing': 'Bitte wähle Ja oder Nein.',
  'onboarding.inline.question': 'Trifft eines davon auf dich zu?',
  'onboarding.inline.none': 'Nichts davon trifft auf mich zu',
  'onboarding.inline.some': 'Eines oder mehreres trifft zu',
  'onboarding.inline.save': 'Meine Antworten speichern',
  'onboarding.inline.saveFailed':
    'Deine Antworten wurden nicht gespeichert: {error}. Versuch es noch einmal.',
};
