import type { settingsEn } from './en';

/** The settings window in German. */
export const settingsDe: Record<keyof typeof settingsEn, string> = {
  'settings.title': 'Einstellungen',
  'settings.loadFailed': 'Unknot konnte deine Einstellungen nicht laden: {error}',
  'settings.idleUnavailable':
    'Leerlauferkennung nicht verfügbar – Pausen folgen der Uhr: Diese Arbeitsumgebung sagt Unknot nicht, wann du zuletzt getippt oder die Maus bewegt hast, deshalb wird Zeit fern vom Computer nicht bemerkt.',
  'settings.fileProblems':
    'Einige Einstellungen in deiner Einstellungsdatei waren nicht verwendbar und wurden zurückgesetzt:',
  'settings.fileProblem': 'Einstellung {path}: {message}',
  'settings.fileProblemWhole': 'Die Datei: {message}',
  'settings.resetAll': 'Alle Einstellungen auf Standard zurücksetzen',
  'settings.footer':
    'Änderungen gelten, sobald sie gültig sind. Zurücksetzen ändert nie deine Antworten zur Sicherheit.',
  'settings.nav.label': 'Einstellungsseiten',
  'settings.nav.breaks': 'Pausen',
  'settings.nav.workingHours': 'Arbeitszeiten',
  'settings.nav.equipment': 'Ausrüstung',
  'settings.nav.safety': 'Sicherheit',
  'settings.nav.programme': 'Mein Programm',
  'settings.nav.tension': 'Verspannung',
  'settings.nav.sound': 'Töne',
  'settings.nav.shortcuts': 'Tastenkürzel',
  'settings.nav.calendar': 'Start und Woche',
  'settings.nav.appearance': 'Darstellung',
  'settings.nav.data': 'Deine Daten',
  'settings.reset':
    '{section, select, breaks {Pausen auf Standard zurücksetzen} workingHours {Arbeitszeiten auf Standard zurücksetzen} equipment {Ausrüstung und Übungen auf Standard zurücksetzen} sound {Töne auf Standard zurücksetzen} shortcuts {Tastenkürzel auf Standard zurücksetzen} calendar {Start und Woche auf Standard zurücksetzen} other {Darstellung auf Standard zurücksetzen}}',
  'settings.save.label': 'Speicherstatus',
  'settings.save.saved': 'Gespeichert',
  'settings.save.notSaved': 'Nicht gespeichert: {problem}',
  'settings.save.refused':
    'Einige Einstellungen wurden nicht gespeichert: Siehe die Hinweise bei den Feldern.',
  'settings.save.failed': 'Deine Änderung wurde nicht gespeichert: {error}',
  'settings.save.resetDone': 'Auf Standard zurückgesetzt und gespeichert',
  'settings.save.resetFailed': 'Zurücksetzen fehlgeschlagen: {error}',
  'settings.timeFormat':
    '{hours, select, 12 {12-Stunden-Format, zum Beispiel {sample}} other {24-Stunden-Format, zum Beispiel {sample}}}',
  'settings.unit.minutes': 'Minuten',
  'settings.unit.seconds': 'Sekunden',
  'settings.unit.snoozes': 'Mal',

  'settings.breaks.title': 'Pausen',
  'settings.breaks.postureEvery': 'Haltungspause nach so langem Sitzen',
  'settings.breaks.postureEveryHint':
    '20 bis 60 Minuten; alle 20 bis 30 Minuten passt für die meisten',
  'settings.breaks.postureLength': 'Länge der Haltungspause',
  'settings.breaks.postureLengthHint': '30 bis 90 Sekunden',
  'settings.breaks.movementEvery': 'Bewegungspause nach so langem Sitzen',
  'settings.breaks.movementEveryHint': '30 bis 120 Minuten',
  'settings.breaks.movementLength': 'Länge der Bewegungspause',
  'settings.breaks.movementLengthHint': '3 bis 5 Minuten Gehen',
  'settings.breaks.noticeLead': 'So lange vor einer Pause Bescheid geben',
  'settings.breaks.noticeLeadHint': 'Die Vorwarnzeit: 0 bis 300 Sekunden',
  'settings.breaks.natural': 'Zeit fern vom Computer, die als Pause zählt',
  'settings.breaks.naturalHint': 'Eine natürliche Pause: 1 bis 15 Minuten',
  'settings.breaks.typingPause': 'Die Pause zeigen, sobald ich so lange nicht tippe',
  'settings.breaks.typingPauseHint': 'Die Tipppause: 1 bis 10 Sekunden',
  'settings.breaks.grace': 'Wenn ich weitertippe, die Pause trotzdem zeigen nach',
  'settings.breaks.graceHint': 'Die Schonfrist: 0 bis 120 Sekunden',
  'settings.breaks.missedAfter': 'Eine unbeantwortete Pause als verpasst zählen nach',
  'settings.breaks.missedAfterHint': '1 bis 60 Minuten',
  'settings.breaks.snooze': 'Aufschieben um',
  'settings.breaks.snoozeHint': '1 bis 30 Minuten',
  'settings.breaks.snoozeLimit': 'Erlaubtes Aufschieben hintereinander',
  'settings.breaks.snoozeLimitHint': '0 bis 5',
  'settings.breaks.strict': 'Mich keine Pause überspringen lassen',
  'settings.breaks.strictHint':
    'Strenger Modus: keine Schaltfläche zum Überspringen; Aufschieben folgt weiter der Grenze oben.',
  'settings.focus.unknown': 'Ob Unknot hier deine Anrufe erkennen kann, ließ sich nicht prüfen.',
  'settings.focus.none':
    'Unknot kann auf diesem Computer nicht erkennen, wann du in einem Anruf bist, präsentierst oder „Nicht stören“ an ist, deshalb warten Pausen nicht von selbst darauf.',
  'settings.focus.intro': 'Pausen warten und kommen, wenn es vorbei ist, solange Unknot sieht:',
  'settings.focus.source':
    '{source, select, inhibitor {Anrufe und Präsentationen, die den Bildschirm wach halten} kde {„Nicht stören“ in KDE} gnome {„Nicht stören“ in GNOME} camera {die Kamera in Benutzung} fullscreen {ein Fenster im Vollbild} windows {Präsentationsmodus, Vollbild-Apps und Fokus-Assistent} other {Kamera oder Mikrofon in Benutzung}}',
  'settings.focus.manual':
    '„In einer Besprechung“ im Infobereich und <code>unknot --meeting 60</code> halten Pausen an, wann immer du willst.',
  'settings.focus.legend': 'Anrufe, Präsentationen und „Nicht stören“',
  'settings.focus.dnd': 'Während „Nicht stören“ an ist',
  'settings.focus.dndHold': 'Die Pause warten lassen, bis es aus ist',
  'settings.focus.dndQuiet': 'Sie mit einem stillen Hinweis kommen lassen',
  'settings.focus.dndHint':
    'Bei „Nicht stören“: Zurückhalten oder stiller Hinweis; ein stiller Hinweis und seine Pause kommen ohne Ton',
  'settings.focus.maxHold': 'Eine Pause wartet höchstens',
  'settings.focus.maxHoldHint':
    'Die längste Wartezeit: {min} bis {max} Minuten; danach kommt die Pause trotzdem, ohne Ton',
  'settings.focus.standing': 'Stehzeit, bis ich wieder als sitzend zähle',
  'settings.focus.standingHint': 'Wie lange „Ich stehe“ gilt: {min} bis {max} Minuten',

  'settings.hours.title': 'Arbeitszeiten',
  'settings.hours.intro': 'Außerhalb dieser Zeiten bleibt Unknot still.',
  'settings.hours.enabled': 'Pausen nur während der Arbeitszeit vorschlagen',
  'settings.hours.legend': 'Deine Arbeitstage',
  'settings.hours.off':
    'Schalte „Pausen nur während der Arbeitszeit vorschlagen“ ein, um die Zeiten festzulegen.',
  'settings.hours.timeFormat':
    '{hours, select, 12 {Zeiten im 12-Stunden-Format, zum Beispiel {sample}.} other {Zeiten im 24-Stunden-Format, zum Beispiel {sample}.}}',
  'settings.hours.none': 'Keine Arbeitszeit',
  'settings.hours.from': 'Von',
  'settings.hours.to': 'bis',
  'settings.hours.rangeStart': '{day}, Zeitraum {number}, Beginn',
  'settings.hours.rangeEnd': '{day}, Zeitraum {number}, Ende',
  'settings.hours.removeRange': '{day}, Zeitraum {number} entfernen',
  'settings.hours.remove': 'Entfernen',
  'settings.hours.addRange': 'Zeitraum am {day} hinzufügen',

  'settings.equipment.title': 'Ausrüstung und Übungen',
  'settings.equipment.legend': 'Was du hast',
  'settings.equipment.ball': 'Ein fester Ball (Tennis- oder Lacrosseball)',
  'settings.equipment.wall': 'Ein freies Stück Wand',
  'settings.equipment.doorway': 'Eine Türöffnung',
  'settings.equipment.chair': 'Ein stabiler Stuhl',
  'settings.equipment.band': 'Ein elastisches Übungsband',
  'settings.equipment.foamRoller': 'Eine Faszienrolle',
  'settings.equipment.hint': 'Unknot bietet nur Übungen an, für die du die Dinge hast.',
  'settings.equipment.exercises': 'Übungen',
  'settings.equipment.pressureOff':
    '{state, select, unanswered {Aus, bis du die Sicherheitsfragen beantwortest: Druckübungen bleiben aus, bis sie beantwortet sind (siehe Sicherheit).} off {Vorerst aus: Deine Antworten zur Sicherheit haben Druckübungen ausgeschaltet (siehe Sicherheit).} other {Vorerst aus: nur sanfte Bewegung, solange dein Warnzeichen abgeklärt wird (siehe Sicherheit).}}',

  'settings.safety.title': 'Sicherheit',
  'settings.safety.turnOff': 'Druckübungen ausschalten',
  'settings.safety.professional':
    'Mir wurde ärztlich oder physiotherapeutisch gesagt, dass Druckübungen für mich unbedenklich sind',
  'settings.safety.turnOn': 'Druckübungen wieder einschalten',
  'settings.safety.sites':
    'Übungen, die folgende Bereiche belasten, bleiben nach deiner Operation oder Verletzung weg: {sites}. Frag in der Chirurgie oder Physiotherapie nach, welche Dehnungen sicher sind, und schalte sie dann hier wieder ein.',
  'settings.safety.siteName':
    '{site, select, neck {Nacken} shoulder {Schulter oder Arm} chest {Brust} upperBack {oberer Rücken} lowerBack {unterer Rücken} abdomen {Bauch} hip {Hüfte} knee {Knie oder Bein} other {Körperteil}}',
  'settings.safety.siteBack':
    '{site, select, neck {Übungen für den Nacken wieder einschalten} shoulder {Übungen für Schulter oder Arm wieder einschalten} chest {Übungen für die Brust wieder einschalten} upperBack {Übungen für den oberen Rücken wieder einschalten} lowerBack {Übungen für den unteren Rücken wieder einschalten} abdomen {Übungen für den Bauch wieder einschalten} hip {Übungen für die Hüfte wieder einschalten} other {Übungen für Knie oder Bein wieder einschalten}}',
  'settings.safety.askAgain': 'Die Sicherheitsfragen noch einmal beantworten',
  'settings.safety.welcomeAgain': 'Begrüßung und Sicherheitscheck noch einmal durchgehen',
  'settings.safety.warningSigns': 'Warnzeichen',

  'settings.tension.title': 'Verspannung eintragen',
  'settings.sound.title': 'Töne',
  'settings.sound.enabled': 'Einen leisen Ton zum Seitenwechsel spielen',
  'settings.sound.legend': 'Der Ton',
  'settings.sound.off':
    'Schalte „Einen leisen Ton zum Seitenwechsel spielen“ ein, um die Lautstärke einzustellen.',
  'settings.sound.volume': 'Lautstärke',
  'settings.sound.volumeHint': '0 bis 100 %',
  'settings.shortcuts.title': 'Tastenkürzel',
  'settings.shortcuts.intro':
    'Globale Tastenkürzel wirken in jeder App, deshalb sind sie aus, bis du sie einschaltest.',
  'settings.shortcuts.enabled': 'Globale Tastenkürzel verwenden',
  'settings.shortcuts.legend': 'Deine Tastenkürzel',
  'settings.shortcuts.off': 'Schalte „Globale Tastenkürzel verwenden“ ein, um sie aufzunehmen.',
  'settings.shortcuts.breakNow': 'Jetzt Pause machen',
  'settings.shortcuts.pauseHour': 'Eine Stunde anhalten',
  'settings.shortcuts.hint':
    'Hier klicken und die Tasten gleichzeitig drücken. Escape bricht ab, Rücktaste löscht.',
  'settings.keys.name':
    '{key, select, Ctrl {Strg} Shift {Umschalt} Command {Befehl} Option {Wahl} Space {Leertaste} Delete {Entf} Insert {Einfg} Home {Pos1} End {Ende} PageUp {Bild auf} PageDown {Bild ab} Up {Pfeil nach oben} Down {Pfeil nach unten} Left {Pfeil nach links} Right {Pfeil nach rechts} other {{key}}}',
  'settings.shortcuts.none': 'Keins',
  'settings.shortcuts.taken':
    '{keys} wird schon von einer anderen App oder dem System verwendet und tut hier deshalb nichts. Drück eine andere Kombination.',
  'settings.shortcuts.refused':
    'Dieses System nimmt {keys} nicht als Tastenkürzel an. Drück eine andere Kombination.',
  'settings.shortcuts.cancelled': 'Abgebrochen: Das Tastenkürzel bleibt {keys}.',
  'settings.shortcuts.cancelledOff': 'Abgebrochen: Das Tastenkürzel bleibt aus.',
  'settings.shortcuts.noModifier':
    '{os, select, mac {Halte Befehl, Wahl oder Umschalt zusammen mit der Taste: Ein Tastenkürzel ohne sie würde diese Taste jeder App wegnehmen.} other {Halte Strg, Alt oder Umschalt zusammen mit der Taste: Ein Tastenkürzel ohne sie würde diese Taste jeder App wegnehmen.}}',
  'settings.shortcuts.unusableKey':
    '{key} kann nicht Teil eines Tastenkürzels sein. Nimm einen Buchstaben, eine Ziffer oder F1 bis F24.',
  'settings.calendar.title': 'Start und Woche',
  'settings.calendar.launch': 'Unknot beim Anmelden starten',
  'settings.calendar.weekStart': 'Wochen beginnen am',
  'settings.calendar.systemWeek': 'Wie mein System es sagt',
  'settings.calendar.summary': 'Eine Wochenübersicht zeigen',
  'settings.calendar.summaryLegend': 'Wann die Übersicht erscheint',
  'settings.calendar.summaryOff':
    'Schalte „Eine Wochenübersicht zeigen“ ein, um zu wählen, wann sie erscheint.',
  'settings.calendar.summaryDay': 'Tag der Übersicht',
  'settings.calendar.summaryTime': 'Uhrzeit der Übersicht',
  'settings.appearance.title': 'Darstellung',
  'settings.appearance.theme': 'Farbschema',
  'settings.appearance.system': 'Wie das System',
  'settings.appearance.light': 'Hell',
  'settings.appearance.dark': 'Dunkel',
  'settings.appearance.dim': 'Andere Bildschirme während einer Pause abdunkeln',
  'settings.appearance.dimHint':
    'Bei mehreren Monitoren erscheint die Pause auf dem mit dem Mauszeiger.',
  'settings.release.legend': 'Tägliche Lockerungseinheit',
  'settings.release.about':
    'Einmal am Tag 3–5 Minuten Halten auf dem Ball oder der Rolle bei erträglichen 5–7 von 10, mit einer Dehnung. Sie kommt nur, wenn deine Sicherheitsantworten Druck erlauben. Überspring sie, wann immer du willst.',
  'settings.release.enabled': 'Eine tägliche Lockerungseinheit anbieten',
  'settings.release.when': 'Wann',
  'settings.release.endOfHours': 'Am Ende der Arbeitszeit',
  'settings.release.atTime': 'Zu einer festen Uhrzeit',
  'settings.release.time': 'Uhrzeit',

  'settings.data.title': 'Deine Daten',
  'settings.data.intro': 'Einstellungen und Verlauf bleiben auf diesem Computer.',
  'settings.data.folder': 'Ordner: <code>{folder}</code>',
  'settings.data.open': 'Datenordner öffnen',
  'settings.data.exportCsv': 'Verlauf als CSV exportieren',
  'settings.data.exportJson': 'Verlauf als JSON exportieren',
  'settings.data.opened': '{path} geöffnet.',
  'settings.data.openFailed': 'Der Ordner ließ sich nicht öffnen: {error}',
  'settings.data.exported':
    '{rows, plural, one {# Zeile in {path} gespeichert.} other {# Zeilen in {path} gespeichert.}}',
  'settings.data.cancelled': 'Export abgebrochen.',
  'settings.data.exportFailed': 'Der Verlauf wurde nicht exportiert: {error}',
  'settings.data.problemsUnknown': 'Ob es Probleme mit deinen Daten gibt, ließ sich nicht prüfen.',
  'settings.data.noProblems': 'Keine Probleme mit deinen Daten.',
  'settings.data.problems':
    '{count, plural, one {Ein Problem mit deinen Daten} other {Probleme mit deinen Daten}}',
  'settings.data.dismiss': 'Ausblenden',
  // settings-words: the time field's own controls
  'settings.time.hour': 'Stunde',
  'settings.time.minute': 'Minute',
  'settings.time.dayPeriod': 'Vormittag oder Nachmittag',
  'settings.time.unset': '––',
};
