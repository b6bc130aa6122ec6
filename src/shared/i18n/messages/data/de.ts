import type { dataEn } from './en';

/** Probleme mit deinen Daten, auf Deutsch. */
export const dataDe: Record<keyof typeof dataEn, string> = {
  'data.cause.diskFull': 'die Festplatte ist voll',
  'data.cause.notAllowed': 'Unknot darf diese Datei oder diesen Ordner nicht benutzen',
  'data.cause.readOnly': 'die Festplatte ist schreibgeschützt',
  'data.cause.busy': 'ein anderes Programm benutzt die Datei',
  'data.cause.missing': 'die Datei oder der Ordner fehlt',
  'data.cause.tooManyFiles': 'zu viele Dateien sind gleichzeitig geöffnet',
  'data.cause.wrongKind':
    'an der Stelle der Datei steht ein Ordner, oder an der Stelle des Ordners eine Datei',
  'data.cause.io':
    'die Festplatte konnte nicht gelesen oder beschrieben werden (ein Hardware- oder Verbindungsfehler)',
  'data.cause.timedOut': 'die Antwort hat zu lange gedauert',
  'data.cause.connection': 'die Verbindung wurde abgelehnt oder ist abgebrochen',
  'data.cause.code': 'ein unerwarteter Fehler ({code})',
  'data.cause.unknown': 'ein unerwarteter Fehler',
  'data.cause.unreadAtStart':
    'Unknot konnte seine Datei beim Start nicht lesen und schreibt nicht über eine Datei, die es nicht lesen konnte',

  'data.reason.notJson': 'sie ist kein gültiges JSON',
  'data.reason.notObject': 'sie ist kein Objekt',
  'data.reason.newer': 'sie stammt von einem neueren Unknot (Schema {version})',
  'data.reason.unknownVersion': 'ihre Schemaversion ist unbekannt',
  'data.reason.notList': 'ihre Einträge sind keine Liste',
  'data.reason.badShape': 'ihr Inhalt ist nicht so, wie Unknot ihn erwartet',

  'data.kept.file':
    'Nichts wurde gelöscht: Die ursprünglichen Bytes bleiben in der oben genannten Datei.',
  'data.action.folder':
    'Sieh in {folder} nach; stelle die Datei aus einer Sicherung wieder her oder lass sie, wie sie ist.',
  'data.action.none': 'Du musst nichts tun.',
  'data.action.unreadable':
    'Mach {file} für dein Benutzerkonto lesbar oder räume weg, was an seiner Stelle steht; starte Unknot dann neu.',

  'data.settings.setAside':
    'Die Einstellungsdatei konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben, und die Standardeinstellungen gelten.',
  'data.settings.repaired':
    'Ein Teil deiner Einstellungsdatei war so nicht verwendbar; die Liste oben in den Einstellungen sagt, was geändert wurde.',
  'data.settings.saveFailed':
    'Deine Einstellungen konnten nicht in {file} gespeichert werden ({cause}).',
  'data.settings.saveKept':
    'Die zuvor gespeicherten Einstellungen gelten weiter; die Änderung wurde nicht übernommen.',
  'data.settings.saveAction':
    'Mach den Datenordner beschreibbar (oder schaffe Platz auf der Festplatte) und speichere dann noch einmal.',
  'data.settings.unreadable':
    'Die Einstellungsdatei {file} konnte nicht gelesen werden ({cause}); die Standardeinstellungen gelten.',
  'data.settings.unreadableKept':
    'Die Datei bleibt, wie sie ist. Was du jetzt änderst, gilt, bis du Unknot beendest, wird aber nicht gespeichert, damit es die Datei nicht überschreibt.',
  'data.engine.setAside':
    'Der Zustand der Pausensteuerung war nicht verwendbar ({reason}); er wurde nach {file} verschoben, und Pause und Aufschub beginnen neu.',
  'data.engine.kept':
    'Dein Verlauf ist nicht betroffen; nur Pause und Aufschub haben neu begonnen.',
  'data.engine.unreadable':
    'Der Zustand von Pause und Aufschub in {file} konnte nicht gelesen werden ({cause}); Unknot hat ohne ihn begonnen.',
  'data.engine.unreadableKept':
    'Die Datei bleibt, wie sie ist, und wird erst geschrieben, wenn Unknot sie nach einem Neustart lesen kann. Dein Verlauf ist nicht betroffen.',
  'data.tension.setAside':
    'Die Verspannungsdatei konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben.',
  'data.tension.skipped':
    '{count, plural, one {# Verspannungs-Check-in konnte nicht gelesen werden und wurde übersprungen.} other {# Verspannungs-Check-ins konnten nicht gelesen werden und wurden übersprungen.}}',
  'data.tension.skippedKept':
    'Sie bleiben in tension.json, bis der nächste Check-in gespeichert wird.',
  'data.tension.unreadable': 'Die Verspannungsdatei {file} konnte nicht gelesen werden ({cause}).',
  'data.tension.unreadableKept':
    'Die Datei bleibt, wie sie ist. Neue Check-ins können erst gespeichert werden, wenn Unknot sie nach einem Neustart lesen kann.',
  'data.knots.setAside':
    'Die Datei des Knotenfinders konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben.',
  'data.knots.skipped':
    '{count, plural, one {# Knotenprüfung konnte nicht gelesen werden und wurde übersprungen.} other {# Knotenprüfungen konnten nicht gelesen werden und wurden übersprungen.}}',
  'data.knots.skippedKept': 'Sie bleiben in knots.json.',
  'data.knots.unreadable':
    'Die Datei des Knotenfinders {file} konnte nicht gelesen werden ({cause}).',
  'data.knots.unreadableKept':
    'Die Datei bleibt, wie sie ist. Neue Knotenprüfungen können erst gespeichert werden, wenn Unknot sie nach einem Neustart lesen kann.',

  'data.log.saveFailed':
    'Deine letzte Pause konnte nicht in {file} gespeichert werden ({cause}). Unknot behält sie im Speicher und sichert sie, sobald die Festplatte es zulässt; die Pausen gehen wie gewohnt weiter. Prüfe den freien Platz und die Rechte des Datenordners.',
  'data.log.readFailed':
    'Die Verlaufsdatei für {month} konnte nicht gelesen werden ({cause}). Sie bleibt, wie sie ist; dieser Monat fehlt in der Übersicht, bis sie gelesen werden kann.',
  'data.log.setAside':
    'Die Verlaufsdatei für {month} konnte nicht gelesen werden ({reason}). Sie wurde nach {file} verschoben, damit nichts darin verloren geht; Pausen aus diesem Monat fehlen in der Übersicht. Der Rest deines Verlaufs ist unversehrt.',
  'data.log.torn':
    'Die letzte Zeile der Verlaufsdatei für {month} wurde abgeschnitten (Unknot wurde beim Schreiben beendet). Ihre Bytes wurden nach {file} verschoben; alles davor ist unversehrt.',
  'data.log.damagedLines':
    '{count, plural, one {# Zeile der Verlaufsdatei für {month} konnte nicht gelesen werden (Zeile {lines}); sie bleibt in der Datei und wird übersprungen.} other {# Zeilen der Verlaufsdatei für {month} konnten nicht gelesen werden (Zeilen {lines}); sie bleiben in der Datei und werden übersprungen.}}',
  'data.log.folderUnreadable':
    'Der Verlaufsordner {folder} konnte nicht gelesen werden ({cause}). Die Pausen gehen weiter; ihre Ergebnisse bleiben im Speicher und werden gesichert, sobald der Ordner gelesen werden kann.',
  'data.log.folderKept':
    'Darin wurde nichts geändert oder gelöscht. Wenn du Unknot vorher beendest, gehen die Ergebnisse im Speicher verloren.',
  'data.log.folderAction':
    'Mach {folder} zu einem Ordner, den dein Benutzerkonto lesen kann (räume eine Datei weg, die an seiner Stelle steht); Unknot sichert dann ohne Neustart, was wartet.',

  'data.write.log': 'Eine Pause oder Sitzzeit konnte nicht gespeichert werden: {cause}.',
  'data.write.engineState':
    'Der Pausen- und Aufschubzustand konnte nicht gespeichert werden: {cause}.',
  'data.write.kept':
    'Im Speicher behalten ({count} warten) und alle paar Minuten erneut versucht, solange Unknot läuft.',
  'data.write.action':
    'Schaffe Platz auf der Festplatte oder mach den Datenordner beschreibbar; wenn du Unknot jetzt beendest, geht verloren, was wartet.',
  'data.effect.failed':
    'Unknot konnte {effect, select, notice {die Pausenmitteilung nicht zeigen} openBreak {das Pausenfenster nicht öffnen} focusBreak {das Pausenfenster nicht nach vorn holen} closeBreak {das Pausenfenster nicht schließen} appendLog {eine Pause nicht speichern} recordBout {die Sitzzeit nicht speichern} persist {den Pausenzustand nicht speichern} naturalBreak {eine natürliche Pause nicht vermerken} held {eine gehaltene Pause nicht vermerken} other {einen Schritt der Pause nicht ausführen}} ({cause}).',
  'data.effect.kept': 'Die Pausen gehen weiter; das Ergebnis dieser Pause wird trotzdem erfasst.',
  'data.effect.action': 'Wenn das wieder passiert, starte Unknot neu.',

  'data.picture.tooLarge':
    'Das Bild ist {megabytes, number, ::.0} MB groß; nimm eines mit höchstens 2 MB',
  'data.picture.notPicture': 'Nimm ein PNG-, JPEG- oder WebP-Bild',
  'data.picture.unreadable': 'Das Bild konnte nicht gelesen werden ({cause})',

  'data.userData.title': 'Unknot kann nicht starten',
  'data.userData.problem':
    'Unknot speichert seine Einstellungen und den Verlauf in\n  {folder}\nkann dort aber nicht schreiben ({cause}).',
  'data.userData.fixWindows':
    'Prüfe, ob dein Konto in diesen Ordner schreiben darf (Eigenschaften › Sicherheit).',
  'data.userData.fixSudo':
    'Das kommt meist davon, dass Unknot mit sudo gestartet wurde. Gib dir den Ordner zurück:\n  sudo chown -R "$USER" "{folder}"',
  'data.userData.otherFolder':
    'Oder starte Unknot mit einem Ordner deiner Wahl: UNKNOT_USER_DATA=/ein/ordner unknot',

  'data.programme.notJson': 'Die Datei ist kein JSON.',
  'data.programme.notProgramme': 'Das ist keine Unknot-Programmdatei.',
  'data.programme.version':
    'Diese Programmdatei hat die Version {version}; dieses Unknot liest Version {supported}.',
  'data.programme.field': 'Das Feld „{field}“ ist ungültig: {problem}.',
  'data.programme.tooLarge': 'Die Datei ist zu groß für eine Unknot-Programmdatei.',
  'data.programme.unreadable': 'Die Datei konnte nicht gelesen werden ({cause}).',
  'data.programme.unusable': 'Das Programm ist nicht verwendbar ({field}): {problem}.',
};
