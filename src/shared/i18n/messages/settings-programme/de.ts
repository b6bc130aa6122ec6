import type { settingsProgrammeEn } from './en';

/** "My programme" in German. */
export const settingsProgrammeDe: Record<keyof typeof settingsProgrammeEn, string> = {
  'settings.programme.title': 'Mein Programm',
  'settings.programme.intro':
    'Lass Unknot die Übungen abwechseln, oder mach bei jeder Pause dieselben {min} bis {max}, zum Beispiel die Übungen, die dir eine Physiotherapeutin oder ein Physiotherapeut gegeben hat.',
  'settings.programme.legend': 'Bei jeder Pause',
  'settings.programme.rotation': 'Die Übungen abwechseln',
  'settings.programme.fixed': 'Mein Programm machen',
  'settings.programme.fixedHint':
    'Wähle zuerst unten mindestens {min} Übungen. Die Antworten zur Sicherheit gelten weiter: Eine Übung, die sie ausschließen, bleibt weg, und hier steht, warum.',
  'settings.programme.list': 'Dein Programm',
  'settings.programme.empty': 'Noch keine Übungen gewählt.',
  'settings.programme.leftOut':
    '{reason, select, protective {bleibt weg, solange die Pausen nach einem Warnzeichen sanft bleiben} pressure {bleibt weg: Druck bleibt aus, bis der Sicherheitscheck ihn erlaubt} condition {bleibt weg wegen deiner Antworten zur Sicherheit} operationSite {bleibt weg: Sie belastet die Stelle deiner Operation oder Verletzung} equipment {bleibt weg: Sie braucht Ausrüstung, die du nicht angekreuzt hast} pressureToday {bleibt weg: höchstens {perDay} Druckübungen am Tag} pressureSession {bleibt weg: höchstens {minutes} Minuten Druck in einer Pause} other {bleibt weg: Diese Übung gibt es nicht mehr}}',
  'settings.programme.up': 'Hoch',
  'settings.programme.down': 'Runter',
  'settings.programme.remove': 'Entfernen',
  'settings.programme.moveUp': '{name} nach oben schieben',
  'settings.programme.moveDown': '{name} nach unten schieben',
  'settings.programme.removeNamed': '{name} entfernen',
  'settings.programme.toAdd': 'Übung zum Hinzufügen',
  'settings.programme.choose': 'Eine Übung wählen',
  'settings.programme.add': 'Zum Programm hinzufügen',
  'settings.programme.full': 'Ein Programm hat höchstens {max} Übungen.',
  'settings.programme.own': 'Deine eigenen Übungen',
  'settings.programme.ownEmpty': 'Noch keine.',
  'settings.programme.delete': 'Löschen',
  'settings.programme.deleteNamed': '{name} löschen',
  'settings.programme.saidMoved': '{name} ist jetzt Nummer {position}.',
  'settings.programme.saidRemoved': '{name} aus dem Programm entfernt.',
  'settings.programme.saidAdded': '{name} hinzugefügt.',
  'settings.programme.saidDeleted': '{name} gelöscht.',
  'settings.programme.saidRotation': 'Abwechseln ist an.',
  'settings.programme.saidFixed': 'Dein Programm ist an.',

  'settings.own.legend': 'Eigene Übung hinzufügen',
  'settings.own.name': 'Name',
  'settings.own.steps': 'Schritte, einer pro Zeile',
  'settings.own.kind': 'Art',
  'settings.own.kindOption':
    '{kind, select, stretch {Dehnen} strength {Kraft oder Ausdauer} movement {Bewegung} other {Druck auf einem Ball}}',
  'settings.own.area': 'Körperbereich',
  'settings.own.areaOption':
    '{area, select, upperBack {oberer Rücken} hips {Hüften} chest {Brust} glutes {Gesäß} neck {Nacken} lowerBack {unterer Rücken} legs {Beine} forearms {Unterarme} shoulders {Schultern} other {ganzer Körper}}',
  'settings.own.sides': 'Seiten',
  'settings.own.sidesOne': 'Eine (oder die Mitte)',
  'settings.own.sidesBoth': 'Beide, erst links, dann rechts',
  'settings.own.dose': 'Dosis',
  'settings.own.doseHold': 'Sekunden halten',
  'settings.own.doseRepetitions': 'Wiederholungen',
  'settings.own.amount':
    '{unit, select, seconds {Sekunden ({min}–{max})} other {Wiederholungen ({min}–{max})}}',
  'settings.own.choosePicture': 'Ein Bild wählen (freiwillig)',
  'settings.own.chooseAnother': 'Ein anderes Bild wählen',
  'settings.own.pictureAdded': 'Bild hinzugefügt.',
  'settings.own.add': 'Übung hinzufügen',

  'settings.programmeFile.legend': 'Programmdatei',
  'settings.programmeFile.hint':
    'Eine JSON-Datei mit deinem Programm, deinen eigenen Übungen und ihren Bildern.',
  'settings.programmeFile.export': 'Programm exportieren …',
  'settings.programmeFile.import': 'Programm importieren …',
  'settings.programmeFile.saved': 'In {path} gespeichert.',
  'settings.programmeFile.savedLeftOut':
    'In {path} gespeichert. Fehlende Bilder, weggelassen: {pictures}.',
  'settings.programmeFile.unchanged': 'Nichts wurde geändert. {error}',
  'settings.programmeFile.imported':
    '{count, plural, one {Das Programm und # eigene Übung importiert.} other {Das Programm und # eigene Übungen importiert.}}',

  // Editing an own exercise in place.
  'settings.own.editLegend': '{name} bearbeiten',
  'settings.own.saveChanges': 'Änderungen speichern',
  'settings.own.cancel': 'Abbrechen',
  'settings.programme.edit': 'Bearbeiten',
  'settings.programme.editNamed': '{name} bearbeiten',
  'settings.programme.saidSaved': '{name} gespeichert.',
};
