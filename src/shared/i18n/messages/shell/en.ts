/**
 * The shell's words in English: the pre-break notices, the tray's menu and tooltip, the
 * CLI's replies. Main formats them; no window loads them.
 */
export const shellEn = {
  // The pre-break notice.
  'notice.title': '{kind, select, posture {Posture} other {Movement}} break in {in}',
  'notice.waitedTitle':
    '{why, select, call {Your call is over} presenting {Your presentation is over} dnd {Do not disturb is off} fullscreen {Full screen is over} other {Your break has waited long enough}} — time for a {minutes}-minute {kind, select, posture {stretch} other {walk}}',
  'notice.bodyActions': 'Finish your sentence, then stand up.',
  'notice.bodyNoActions': 'Finish your sentence — the break window opens by itself.',
  'notice.snooze': 'Snooze',
  'notice.startNow': 'Start now',
  'weeklyNotice.title': 'Your week with Unknot',
  'weeklyNotice.body':
    '{headline}{streakDays, plural, =0 {} other { #-day streak{forgiven, plural, =0 {} one { (# day forgiven)} other { (# days forgiven)}}.}}',

  // The tray: tooltip and menu.
  'tray.tooltip.paused': 'Unknot — paused',
  'tray.tooltip.pausedUntil': 'Unknot — paused, resumes in {in}',
  'tray.tooltip.inBreak': 'Unknot — break in progress',
  'tray.tooltip.sitting': 'Unknot — sitting {sitting}',
  'tray.tooltip.sittingNext': 'Unknot — sitting {sitting} · next break in {in}',
  'idle.unavailable': 'Idle detection unavailable — breaks follow the clock',
  'tray.problems':
    '⚠ {count, plural, one {A problem with your data} other {# problems with your data}} — see Settings',
  'tray.breakNow': 'Take a break now',
  'tray.pause': 'Pause',
  'tray.resume': 'Resume',
  'tray.pause30': '30 minutes',
  'tray.pause60': '1 hour',
  'tray.pauseTomorrow': 'Until tomorrow',
  'tray.pauseIndefinitely': 'Until I resume',
  'tray.summary': "This week's summary",
  'tray.knots': 'Find my knots…',
  'tray.settings': 'Settings…',
  'tray.quit': 'Quit Unknot',
  'tray.meeting': 'In a meeting',
  'tray.meetingOff': 'End the meeting',
  'tray.meetingOn': 'Until I turn it off',
  'tray.atDesk': 'At my desk, not typing',
  'tray.standing': "I'm standing",

  // The command line's replies.
  'cli.breakNow': 'Starting a break.',
  'cli.pausedFor': 'Paused for {length}.',
  'cli.pausedTomorrow': 'Paused until tomorrow.',
  'cli.pausedUntilResume': 'Paused until you resume.',
  'cli.resumed': 'Resumed.',
  'cli.summary': "Opened this week's summary.",
  'cli.meetingOff': 'Meeting over: breaks come again.',
  'cli.meetingOn': 'In a meeting until you turn it off.',
  'cli.meetingFor': 'In a meeting for {length}.',
  'cli.standing': 'Standing: no posture breaks.',
  'cli.sitting': 'Sitting.',
  'cli.status.pausedUntil': 'Paused; resumes in {in}.',
  'cli.status.inBreak': 'A break is in progress.',
  'cli.status.offHours': 'Outside working hours.',
  'cli.status.sitting': 'Sitting: {sitting}',
  'cli.status.next': 'Next break: {kind, select, movement {movement} other {posture}}, in {in}',
  'cli.status.noNext': 'Next break: none scheduled',
  'cli.error.oneCommand': 'Give one command at a time.',
  'cli.error.meeting': '--meeting takes 1 to 480 minutes, "on" or "off", not "{value}"',
  'cli.error.pauseWord': '--pause takes minutes (1–1440), "tomorrow" or "forever", not "{value}"',
  'cli.error.pauseRange': '--pause takes 1 to 1440 minutes, not {value}',
  'cli.notRunning': 'Unknot is not running.',

  // `unknot` with a bad command: the usage after the error. Flags and their words stay English.
  'cli.usage':
    'Usage: unknot [--break-now | --pause MINUTES | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTES | --standing | --sitting]\n' +
    '  --break-now        start a break now\n' +
    '  --pause MINUTES    pause breaks (1–1440 minutes; default 60); "tomorrow" or "forever" also work\n' +
    '  --resume           end a pause\n' +
    "  --summary          open this week's summary\n" +
    '  --status           print sitting time and the next break\n' +
    '  --meeting MINUTES  hold breaks for a meeting (1–480 minutes; default 60); "on" until "off"\n' +
    "  --standing         I'm standing: no posture breaks, not counted as sitting\n" +
    '  --sitting          back to sitting',

  // The application menu (macOS menu bar; Alt on Linux and Windows). Electron's own
  // labels for these roles are English whatever the system's language.
  'appMenu.window': 'Window',
  'appMenu.minimize': 'Minimize',
  'appMenu.close': '{platform, select, mac {Close Window} other {Close}}',

  // store-words: the no-tray-icons box and the native file dialogs.
  'trayHost.title': 'Unknot is running, but this desktop shows no tray icons',
  'trayHost.detail':
    'Unknot lives in the top bar or tray, and nothing on this desktop is showing tray icons, so its menu is out of reach. Breaks and notices still come on time.\n\nOn GNOME, turn on the "AppIndicator and KStatusNotifierItem Support" extension (Ubuntu ships it as "Ubuntu AppIndicators"; elsewhere install gnome-shell-extension-appindicator), then log out and in again.\n\nUntil then, start Unknot again from your app launcher to open its settings.',
  'trayHost.ok': 'OK',
  'trayHost.openSettings': 'Open Settings',
  'dialog.exportHistory': 'Export your Unknot history',
  'dialog.choosePicture': 'Choose a picture',
  'dialog.importProgramme': 'Import a programme',
  'dialog.exportProgramme': 'Export your programme',
  'dialog.filter.csv': 'CSV spreadsheet',
  'dialog.filter.json': 'JSON data',
  'dialog.filter.programme': 'Unknot programme',
  'dialog.filter.pictures': 'Pictures (PNG, JPEG, WebP)',
  'cli.error.noAnswer': 'the running Unknot took the command but gave no answer ({cause})',
  // The refusal when Settings asks to turn pressure on too early (main says it).
  'safety.refusal':
    '{reason, select, unanswered {Pressure exercises stay off until you have answered the safety questions. You can answer them here, under Safety.} other {Pressure exercises stay off until you confirm that a doctor or physiotherapist said they are fine for you.}}',
  // Marking a day off outside the range main keeps (the summary shows main's words).
  'dayMark.outOfRange':
    '{limit, select, ahead {A day can be marked at most a year ahead.} other {A day can be marked at most five years back.}}',
} as const satisfies Record<string, string>;
