import type { shellEn } from './en';

export const shellDe: Record<keyof typeof shellEn, string> = {
  'notice.title': '{kind, select, posture {Haltungspause} other {Bewegungspause}} in {in}',
  'notice.waitedTitle':
    '{why, select, call {Dein Anruf ist vorbei} presenting {Deine Präsentation ist vorbei} dnd {„Nicht stören“ ist aus} fullscreen {Der Vollbildmodus ist vorbei} other {Deine Pause hat lange genug gewartet}} – Zeit für {kind, select, posture {eine {minutes}-minütige Dehnung} other {einen {minutes}-minütigen Spaziergang}}',
  'notice.bodyActions': 'Beende deinen Satz, dann steh auf.',
  'notice.bodyNoActions': 'Beende deinen Satz – das Pausenfenster öffnet sich von selbst.',
  'notice.snooze': 'Später',
  'notice.startNow': 'Jetzt starten',
  'weeklyNotice.title': 'Deine Woche mit Unknot',
  'weeklyNotice.body':
    '{headline}{streakDays, plural, =0 {} one { Serie: # Tag{forgiven, plural, =0 {} one { (# Tag verziehen)} other { (# Tage verziehen)}}.} other { Serie: # Tage{forgiven, plural, =0 {} one { (# Tag verziehen)} other { (# Tage verziehen)}}.}}',

  'tray.tooltip.paused': 'Unknot – pausiert',
  'tray.tooltip.pausedUntil': 'Unknot – pausiert, weiter in {in}',
  'tray.tooltip.inBreak': 'Unknot – Pause läuft',
  'tray.tooltip.sitting': 'Unknot – sitzt seit {sitting}',
  'tray.tooltip.sittingNext': 'Unknot – sitzt seit {sitting} · nächste Pause in {in}',
  'idle.unavailable': 'Keine Leerlauferkennung – Pausen folgen der Uhr',
  'tray.problems':
    '⚠ {count, plural, one {Ein Problem mit deinen Daten} other {# Probleme mit deinen Daten}} – siehe Einstellungen',
  'tray.breakNow': 'Jetzt Pause machen',
  'tray.pause': 'Pausieren',
  'tray.resume': 'Fortsetzen',
  'tray.pause30': '30 Minuten',
  'tray.pause60': '1 Stunde',
  'tray.pauseTomorrow': 'Bis morgen',
  'tray.pauseIndefinitely': 'Bis ich fortsetze',
  'tray.summary': 'Zusammenfassung dieser Woche',
  'tray.knots': 'Meine Verspannungen finden…',
  'tray.settings': 'Einstellungen …',
  'tray.quit': 'Unknot beenden',
  'tray.meeting': 'In einer Besprechung',
  'tray.meetingOff': 'Besprechung beenden',
  'tray.meetingOn': 'Bis ich es ausschalte',
  'tray.atDesk': 'Am Schreibtisch, ohne zu tippen',
  'tray.standing': 'Ich stehe',

  'cli.breakNow': 'Eine Pause beginnt.',
  'cli.pausedFor': 'Pausiert für {length}.',
  'cli.pausedTomorrow': 'Pausiert bis morgen.',
  'cli.pausedUntilResume': 'Pausiert, bis du fortsetzt.',
  'cli.resumed': 'Fortgesetzt.',
  'cli.summary': 'Die Zusammenfassung dieser Woche ist geöffnet.',
  'cli.meetingOff': 'Besprechung vorbei: Pausen kommen wieder.',
  'cli.meetingOn': 'In einer Besprechung, bis du es ausschaltest.',
  'cli.meetingFor': 'In einer Besprechung für {length}.',
  'cli.standing': 'Stehend: keine Haltungspausen.',
  'cli.sitting': 'Sitzend.',
  'cli.status.pausedUntil': 'Pausiert; weiter in {in}.',
  'cli.status.inBreak': 'Eine Pause läuft.',
  'cli.status.offHours': 'Außerhalb der Arbeitszeit.',
  'cli.status.sitting': 'Sitzen: {sitting}',
  'cli.status.next': 'Nächste Pause: {kind, select, movement {Bewegung} other {Haltung}}, in {in}',
  'cli.status.noNext': 'Nächste Pause: keine geplant',
  'cli.error.oneCommand': 'Bitte nur einen Befehl auf einmal.',
  'cli.error.meeting': '--meeting nimmt 1 bis 480 Minuten, „on“ oder „off“, nicht „{value}“',
  'cli.error.pauseWord':
    '--pause nimmt Minuten (1–1440), „tomorrow“ oder „forever“, nicht „{value}“',
  'cli.error.pauseRange': '--pause nimmt 1 bis 1440 Minuten, nicht {value}',
  'cli.notRunning': 'Unknot läuft nicht.',

  'cli.usage':
    'Aufruf: unknot [--break-now | --pause MINUTEN | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTEN | --standing | --sitting]\n' +
    '  --break-now        jetzt eine Pause beginnen\n' +
    '  --pause MINUTEN    Pausen aussetzen (1–1440 Minuten; Standard 60); auch „tomorrow“ oder „forever“\n' +
    '  --resume           das Pausieren beenden\n' +
    '  --summary          die Zusammenfassung dieser Woche öffnen\n' +
    '  --status           Sitzzeit und nächste Pause ausgeben\n' +
    '  --meeting MINUTEN  Pausen während einer Besprechung zurückhalten (1–480 Minuten; Standard 60); „on“ bis „off“\n' +
    '  --standing         ich stehe: keine Haltungspausen, zählt nicht als Sitzen\n' +
    '  --sitting          ich sitze wieder',

  'appMenu.window': 'Fenster',
  'appMenu.minimize': 'Im Dock ablegen',
  'appMenu.close': '{platform, select, mac {Fenster schließen} other {Schließen}}',

  // store-words: das Fenster ohne Tray-Symbole und die Dateidialoge.
  'trayHost.title': 'Unknot läuft, aber dieser Desktop zeigt keine Tray-Symbole',
  'trayHost.detail':
    'Unknot wohnt in der oberen Leiste oder im Tray, und auf diesem Desktop zeigt nichts Tray-Symbole an, darum ist sein Menü nicht erreichbar. Pausen und Mitteilungen kommen trotzdem pünktlich.\n\nSchalte unter GNOME die Erweiterung „AppIndicator and KStatusNotifierItem Support“ ein (Ubuntu liefert sie als „Ubuntu AppIndicators“ aus; anderswo installiere gnome-shell-extension-appindicator), melde dich dann ab und wieder an.\n\nBis dahin starte Unknot noch einmal über den App-Starter, um seine Einstellungen zu öffnen.',
  'trayHost.ok': 'OK',
  'trayHost.openSettings': 'Einstellungen öffnen',
  'dialog.exportHistory': 'Deinen Unknot-Verlauf exportieren',
  'dialog.choosePicture': 'Ein Bild wählen',
  'dialog.importProgramme': 'Ein Programm importieren',
  'dialog.exportProgramme': 'Dein Programm exportieren',
  'dialog.filter.csv': 'CSV-Tabelle',
  'dialog.filter.json': 'JSON-Daten',
  'dialog.filter.programme': 'Unknot-Programm',
  'dialog.filter.pictures': 'Bilder (PNG, JPEG, WebP)',
  'cli.error.noAnswer':
    'das laufende Unknot hat den Befehl angenommen, aber nicht geantwortet ({cause})',
  'safety.refusal':
    '{reason, select, unanswered {Druckübungen bleiben aus, bis du die Sicherheitsfragen beantwortet hast. Du kannst sie hier unter Sicherheit beantworten.} other {Druckübungen bleiben aus, bis du bestätigst, dass eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut sie für dich als unbedenklich eingestuft hat.}}',
  'dayMark.outOfRange':
    '{limit, select, ahead {Ein Tag lässt sich höchstens ein Jahr im Voraus markieren.} other {Ein Tag lässt sich höchstens fünf Jahre zurück markieren.}}',
};
