import type { commonEn } from './en';

/** Gemeinsame Bausteine auf Deutsch. */
export const commonDe: Record<keyof typeof commonEn, string> = {
  'common.language.label': 'Sprache',
  'common.language.system': 'Wie im System',
  'common.language.hint': 'Menüs, Mitteilungen und alle Fenster folgen ihr.',

  'common.signs.emergency': 'Ruf jetzt einen Rettungswagen',
  'common.signs.urgent': 'Geh noch heute zu einer Ärztin oder einem Arzt',
  'common.signs.sources': 'Aus den NHS-Seiten {titles} (nhs.uk/conditions).',
  'common.protective.seeDoctor':
    'Bitte geh noch heute wegen der gemeldeten Beschwerden zu einer Ärztin oder einem Arzt.',
  'common.protective.seen': 'Eine Ärztin, ein Arzt oder Physiotherapeut hat mich untersucht',
  'common.protective.saveFailed': 'Das wurde nicht gespeichert: {error}',

  'common.tension.intro':
    'Bewerte einmal pro Woche die Verspannung in den Bereichen, die dir wichtig sind: 0 heißt keine, 10 die stärkste.',
  'common.tension.areas': 'Bereiche',
  'common.tension.area.neck': 'Nacken',
  'common.tension.area.shoulders': 'Schultern',
  'common.tension.area.upperBack': 'Oberer Rücken',
  'common.tension.area.chest': 'Brust',
  'common.tension.area.lowerBack': 'Unterer Rücken',
  'common.tension.area.hips': 'Hüften',
  'common.tension.area.glutes': 'Gesäß',
  'common.tension.area.legs': 'Beine',
  'common.tension.rating': 'Verspannung {area}, 0 bis 10',
  'common.tension.front': 'Vorne',
  'common.tension.back': 'Hinten',
  'common.tension.happeningNow': 'Eines davon passiert gerade jetzt',
  'common.tension.flagsQuestion':
    'Noch heute ärztlich abklären: Hast du seit letzter Woche eines davon bemerkt?',
  'common.tension.alsoSee': 'Geh auch noch heute zum Arzt bei: {signs}.',
  'common.tension.gentle':
    'Jedes davon beschränkt deine Pausen 14 Tage lang auf sanfte Bewegung, oder bis eine Fachperson dich untersucht hat.',
  'common.tension.save': 'Check-in speichern',
  'common.tension.saved': 'Check-in gespeichert.',
  'common.tension.saveFailed': 'Der Check-in wurde nicht gespeichert: {error}',
  'common.tension.loadFailed': 'Frühere Check-ins konnten nicht geladen werden: {error}',
  'common.tension.last': 'Letzter Check-in: {date}',

  // core-words: whether pressure exercises are on, and protective mode's rule.
  'common.pressure.unanswered':
    'Druckübungen (ein Ball an der Wand) bleiben aus, bis du die Sicherheitsfragen beantwortet hast. Dehnen, Kräftigen und Bewegung sind an.',
  'common.pressure.off':
    '{why, select, answers {Druckübungen sind aus wegen: {reasons}.} both {Druckübungen sind aus wegen: {reasons}. Außerdem hast du sie selbst ausgeschaltet.} ownChoice {Druckübungen sind aus, weil du sie selbst ausgeschaltet hast.} other {Druckübungen sind aus.}} Dehnen, Kräftigen und Bewegung bleiben an.',
  'common.pressure.on':
    '{cleared, select, true {Druckübungen sind an. Du hast Unknot gesagt, dass eine Fachperson sie für dich als unbedenklich eingestuft hat.} other {Druckübungen sind an.}}',
  'common.protective.reported': 'Du hast gemeldet:',
  'common.protective.rule':
    'Bis eine Ärztin, ein Arzt oder Physiotherapeut sich das angesehen hat, beschränkt Unknot deine Pausen auf sanfte Bewegung: kein Druck und keine Kräftigungsübungen. Das gilt {days, plural, one {# Tag} other {# Tage}} lang, oder bis du sagst, dass eine Fachperson dich untersucht hat.',
};
