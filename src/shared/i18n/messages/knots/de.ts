import type { knotsEn } from './en';

/** Der Knotenfinder auf Deutsch. */
export const knotsDe: Record<keyof typeof knotsEn, string> = {
  'knots.title': 'Meine Knoten finden',
  'knots.loadFailed': 'Unknot konnte den Knotenfinder nicht öffnen: {error}',
  'knots.savedTitle': 'Deine Prüfung ist gespeichert',
  'knots.close': 'Schließen',
  'knots.saveFailed':
    'Deine Markierungen wurden nicht gespeichert: {error}. Versuch es noch einmal.',
  'knots.back': 'Zurück',
  'knots.skip': 'Diese Stelle überspringen',
  'knots.save': 'Meine Prüfung speichern',
  'knots.start': 'Loslegen',
  'knots.nextSpot': 'Nächste Stelle',

  'knots.progress': 'Stelle {position} von {total}',
  'knots.howToFind': 'So findest du sie',
  'knots.howFirmly': 'Wie fest du drückst',
  'knots.withoutPressing': 'Ohne zu drücken',
  'knots.restHand':
    'Leg deine Hand dort auf und achte darauf, ob es sich fest oder wund anfühlt. Drück nicht.',
  'knots.stopWith': 'Sofort aufhören bei:',
  'knots.stopSigns': '{signs}.',
  'knots.tenderQuestion': 'Wie empfindlich war es?',
  'knots.tenderness':
    '{level, plural, =0 {Nicht empfindlich} =1 {Etwas empfindlich} other {Sehr empfindlich}}',

  'knots.skippedAll': 'Du hast jede Stelle übersprungen, daher wurde diesmal nichts markiert.',
  'knots.marks': 'Deine Markierungen',
  'knots.mark':
    '{spot}: {level, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}}',
  'knots.favour':
    'Deine nächsten Pausen bevorzugen Übungen für {spots}, im Rahmen deiner Sicherheitsantworten.',
  'knots.noneTender':
    'Keine Stelle war empfindlich: Deine Pausen wechseln weiter durch alle Bereiche.',
  'knots.changes': 'Seit deiner vorigen Prüfung',
  'knots.change':
    '{spot}: {change, select, eased {gelockert} same {etwa gleich} other {empfindlicher}} ({from, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}} → {to, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}})',
  'knots.heading': 'Knoten',
  'knots.changesFailed': 'Die Ergebnisse des Knotenfinders konnten nicht geladen werden: {error}',
  'knots.notChecked': 'Du hast deine Knoten noch nicht geprüft.',
  'knots.checkAgain':
    'Prüf in etwa einer Woche noch einmal, um zu sehen, welche Stellen sich gelockert haben.',
  'knots.eased': 'Seit der vorigen Prüfung gelockert: {spots}.',
  'knots.open': 'Meine Knoten finden …',
};
