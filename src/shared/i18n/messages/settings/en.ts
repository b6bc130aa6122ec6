/** The settings window in English: the frame, every page, its fields, hints and messages. */
export const settingsEn = {
  // The frame: heading, side list, notices, save status and footer.
  'settings.title': 'Settings',
  'settings.loadFailed': 'Unknot could not load your settings: {error}',
  'settings.idleUnavailable':
    'Idle detection unavailable — breaks follow the clock: this desktop does not tell Unknot when you last typed or moved the mouse, so time away from the computer is not noticed.',
  'settings.fileProblems': 'Some settings in your settings file could not be used and were reset:',
  'settings.fileProblem': 'Setting {path}: {message}',
  'settings.fileProblemWhole': 'The file: {message}',
  'settings.resetAll': 'Reset all settings to defaults',
  'settings.footer':
    'Changes apply as soon as they are valid. Resetting never changes your safety answers.',
  'settings.nav.label': 'Settings pages',
  'settings.nav.breaks': 'Breaks',
  'settings.nav.workingHours': 'Working hours',
  'settings.nav.equipment': 'Equipment',
  'settings.nav.safety': 'Safety',
  'settings.nav.programme': 'My programme',
  'settings.nav.tension': 'Tension',
  'settings.nav.sound': 'Sounds',
  'settings.nav.shortcuts': 'Shortcuts',
  'settings.nav.calendar': 'Start-up and week',
  'settings.nav.appearance': 'Appearance',
  'settings.nav.data': 'Your data',
  'settings.reset':
    '{section, select, breaks {Reset breaks to defaults} workingHours {Reset working hours to defaults} equipment {Reset equipment and exercises to defaults} sound {Reset sounds to defaults} shortcuts {Reset shortcuts to defaults} calendar {Reset start-up and week to defaults} other {Reset appearance to defaults}}',
  'settings.save.label': 'Save status',
  'settings.save.saved': 'Saved',
  'settings.save.notSaved': 'Not saved: {problem}',
  'settings.save.refused': 'Some settings were not saved: see the messages by the fields.',
  'settings.save.failed': 'Your change was not saved: {error}',
  'settings.save.resetDone': 'Back to defaults and saved',
  'settings.save.resetFailed': 'Could not reset: {error}',
  'settings.timeFormat':
    '{hours, select, 12 {12-hour time, such as {sample}} other {24-hour time, such as {sample}}}',
  'settings.unit.minutes': 'minutes',
  'settings.unit.seconds': 'seconds',
  'settings.unit.snoozes': 'snoozes',

  // Breaks.
  'settings.breaks.title': 'Breaks',
  'settings.breaks.postureEvery': 'Posture break after sitting for',
  'settings.breaks.postureEveryHint': '20 to 60 minutes; every 20 to 30 minutes suits most people',
  'settings.breaks.postureLength': 'Posture break length',
  'settings.breaks.postureLengthHint': '30 to 90 seconds',
  'settings.breaks.movementEvery': 'Movement break after sitting for',
  'settings.breaks.movementEveryHint': '30 to 120 minutes',
  'settings.breaks.movementLength': 'Movement break length',
  'settings.breaks.movementLengthHint': '3 to 5 minutes of walking',
  'settings.breaks.noticeLead': 'Tell me this long before a break',
  'settings.breaks.noticeLeadHint': 'The notice time: 0 to 300 seconds',
  'settings.breaks.natural': 'Time away from the computer that counts as a break',
  'settings.breaks.naturalHint': 'A natural break: 1 to 15 minutes',
  'settings.breaks.typingPause': 'Show the break once I stop typing for',
  'settings.breaks.typingPauseHint': 'The typing pause: 1 to 10 seconds',
  'settings.breaks.grace': 'If I keep typing, show the break anyway after',
  'settings.breaks.graceHint': 'The grace period: 0 to 120 seconds',
  'settings.breaks.missedAfter': 'If I leave a break unanswered, count it as missed after',
  'settings.breaks.missedAfterHint': '1 to 60 minutes',
  'settings.breaks.snooze': 'Snooze for',
  'settings.breaks.snoozeHint': '1 to 30 minutes',
  'settings.breaks.snoozeLimit': 'Snoozes allowed in a row',
  'settings.breaks.snoozeLimitHint': '0 to 5',
  'settings.breaks.strict': 'Do not let me skip a break',
  'settings.breaks.strictHint':
    'Strict mode: no skip button; snoozes still follow the limit above.',
  'settings.focus.unknown': 'Whether Unknot can see your calls here could not be checked.',
  'settings.focus.none':
    'Unknot cannot tell on this computer when you are in a call, presenting or in do-not-disturb, so breaks do not wait for them by themselves.',
  'settings.focus.intro': 'Breaks wait, and come when it ends, while Unknot sees:',
  'settings.focus.source':
    '{source, select, inhibitor {calls and presentations that keep the screen awake} kde {do-not-disturb in KDE} gnome {do-not-disturb in GNOME} camera {the camera in use} fullscreen {a fullscreen window} windows {presentation mode, fullscreen apps and focus assist} other {the camera or microphone in use}}',
  'settings.focus.manual':
    'The tray’s “In a meeting” and <code>unknot --meeting 60</code> hold breaks whenever you ask.',
  'settings.focus.legend': 'Calls, presentations and do-not-disturb',
  'settings.focus.dnd': 'While do-not-disturb is on',
  'settings.focus.dndHold': 'Hold the break until it ends',
  'settings.focus.dndQuiet': 'Let it come with a quiet notice',
  'settings.focus.dndHint':
    'Do-not-disturb: hold, or quiet notice; a quiet notice and its break come without sound',
  'settings.focus.maxHold': 'Hold a break for at most',
  'settings.focus.maxHoldHint':
    'The longest hold: {min} to {max} minutes; then the break comes anyway, without sound',
  'settings.focus.standing': 'Count me as sitting again after standing for',
  'settings.focus.standingHint': 'The standing time after “I’m standing”: {min} to {max} minutes',

  // Working hours.
  'settings.hours.title': 'Working hours',
  'settings.hours.intro': 'Outside these hours Unknot stays quiet.',
  'settings.hours.enabled': 'Only prompt breaks during working hours',
  'settings.hours.legend': 'Your working days',
  'settings.hours.off': 'Turn on “Only prompt breaks during working hours” to set the hours.',
  'settings.hours.timeFormat':
    '{hours, select, 12 {Times in 12-hour time, such as {sample}.} other {Times in 24-hour time, such as {sample}.}}',
  'settings.hours.none': 'No working hours',
  'settings.hours.from': 'From',
  'settings.hours.to': 'to',
  'settings.hours.rangeStart': '{day} range {number} start',
  'settings.hours.rangeEnd': '{day} range {number} end',
  'settings.hours.removeRange': 'Remove {day} range {number}',
  'settings.hours.remove': 'Remove',
  'settings.hours.addRange': 'Add a range on {day}',

  // Equipment and exercises.
  'settings.equipment.title': 'Equipment and exercises',
  'settings.equipment.legend': 'What you have',
  'settings.equipment.ball': 'A firm ball (tennis or lacrosse ball)',
  'settings.equipment.wall': 'A free bit of wall',
  'settings.equipment.doorway': 'A doorway',
  'settings.equipment.chair': 'A sturdy chair',
  'settings.equipment.band': 'An elastic exercise band',
  'settings.equipment.foamRoller': 'A foam roller',
  'settings.equipment.hint': 'Unknot only offers exercises you have the things for.',
  'settings.equipment.exercises': 'Exercises',
  'settings.equipment.pressureOff':
    '{state, select, unanswered {Off until you answer the safety questions: pressure work stays off until they are answered (see Safety).} off {Off for now: your safety answers turned pressure exercises off (see Safety).} other {Off for now: only gentle movement while your warning sign is looked at (see Safety).}}',

  // Safety.
  'settings.safety.title': 'Safety',
  'settings.safety.turnOff': 'Turn pressure exercises off',
  'settings.safety.professional':
    'A doctor or physiotherapist told me pressure exercises are fine for me',
  'settings.safety.turnOn': 'Turn pressure exercises back on',
  'settings.safety.sites':
    'Exercises that load your {sites} are left out after your operation or injury. Ask your surgeon or physiotherapist which stretches are safe, then turn them back on here.',
  'settings.safety.siteName':
    '{site, select, neck {neck} shoulder {shoulder or arm} chest {chest} upperBack {upper back} lowerBack {lower back} abdomen {belly (abdomen)} hip {hip} knee {knee or leg} other {body part}}',
  'settings.safety.siteBack':
    '{site, select, neck {Turn exercises for the neck back on} shoulder {Turn exercises for the shoulder or arm back on} chest {Turn exercises for the chest back on} upperBack {Turn exercises for the upper back back on} lowerBack {Turn exercises for the lower back back on} abdomen {Turn exercises for the belly (abdomen) back on} hip {Turn exercises for the hip back on} other {Turn exercises for the knee or leg back on}}',
  'settings.safety.askAgain': 'Answer the safety questions again',
  'settings.safety.welcomeAgain': 'Go through the welcome and safety check again',
  'settings.safety.warningSigns': 'Warning signs',

  // Tension, sounds, shortcuts, start-up and week, appearance.
  'settings.tension.title': 'Tension check-in',
  'settings.sound.title': 'Sounds',
  'settings.sound.enabled': 'Play a soft sound to switch sides',
  'settings.sound.legend': 'The sound',
  'settings.sound.off': 'Turn on “Play a soft sound to switch sides” to set its volume.',
  'settings.sound.volume': 'Volume',
  'settings.sound.volumeHint': '0 to 100 %',
  'settings.shortcuts.title': 'Shortcuts',
  'settings.shortcuts.intro':
    'Global shortcuts work in every app, so they are off until you turn them on.',
  'settings.shortcuts.enabled': 'Use global shortcuts',
  'settings.shortcuts.legend': 'Your shortcuts',
  'settings.shortcuts.off': 'Turn on “Use global shortcuts” to record them.',
  'settings.shortcuts.breakNow': 'Take a break now',
  'settings.shortcuts.pauseHour': 'Pause for an hour',
  'settings.shortcuts.hint':
    'Click here and press the keys together. Escape cancels, Backspace clears.',
  'settings.keys.name':
    '{key, select, Up {Up arrow} Down {Down arrow} Left {Left arrow} Right {Right arrow} other {{key}}}',
  'settings.shortcuts.none': 'None',
  'settings.shortcuts.taken':
    '{keys} is already used by another app or the system, so it does nothing here. Press another combination.',
  'settings.shortcuts.refused':
    'This system does not accept {keys} as a shortcut. Press another combination.',
  'settings.shortcuts.cancelled': 'Cancelled: the shortcut stays {keys}.',
  'settings.shortcuts.cancelledOff': 'Cancelled: the shortcut stays off.',
  'settings.shortcuts.noModifier':
    '{os, select, mac {Hold Command, Option or Shift with the key: a shortcut without one would take that key from every app.} other {Hold Ctrl, Alt or Shift with the key: a shortcut without one would take that key from every app.}}',
  'settings.shortcuts.unusableKey':
    '{key} cannot be part of a shortcut. Use a letter, a digit or F1 to F24.',
  'settings.calendar.title': 'Start-up and week',
  'settings.calendar.launch': 'Start Unknot when I log in',
  'settings.calendar.weekStart': 'Weeks start on',
  'settings.calendar.systemWeek': 'As my system says',
  'settings.calendar.summary': 'Show a weekly summary',
  'settings.calendar.summaryLegend': 'When the summary appears',
  'settings.calendar.summaryOff': 'Turn on “Show a weekly summary” to choose when it appears.',
  'settings.calendar.summaryDay': 'Summary day',
  'settings.calendar.summaryTime': 'Summary time',
  'settings.appearance.title': 'Appearance',
  'settings.appearance.theme': 'Theme',
  'settings.appearance.system': 'Same as the system',
  'settings.appearance.light': 'Light',
  'settings.appearance.dark': 'Dark',
  'settings.appearance.dim': 'Dim other displays during a break',
  'settings.appearance.dimHint':
    'With several monitors, the break appears on the one with the pointer.',
  'settings.release.legend': 'Daily release session',
  'settings.release.about':
    'Once a day, 3–5 minutes of ball or roller holds at a tolerable 5–7 out of 10, with a stretch. It comes only when your safety answers allow pressure. Skip it whenever you like.',
  'settings.release.enabled': 'Offer a daily release session',
  'settings.release.when': 'When',
  'settings.release.endOfHours': 'At the end of working hours',
  'settings.release.atTime': 'At a set time',
  'settings.release.time': 'Time',

  // Your data .
  'settings.data.title': 'Your data',
  'settings.data.intro': 'Settings and history stay on this computer.',
  'settings.data.folder': 'Folder: <code>{folder}</code>',
  'settings.data.open': 'Open data folder',
  'settings.data.exportCsv': 'Export history as CSV',
  'settings.data.exportJson': 'Export history as JSON',
  'settings.data.opened': 'Opened {path}.',
  'settings.data.openFailed': 'The folder could not be opened: {error}',
  'settings.data.exported':
    '{rows, plural, one {Saved # row to {path}.} other {Saved # rows to {path}.}}',
  'settings.data.cancelled': 'Export cancelled.',
  'settings.data.exportFailed': 'The history was not exported: {error}',
  'settings.data.problemsUnknown': 'Whether your data has problems could not be checked.',
  'settings.data.noProblems': 'No problems with your data.',
  'settings.data.problems':
    '{count, plural, one {A problem with your data} other {Problems with your data}}',
  'settings.data.dismiss': 'Dismiss',
  // settings-words: the time field's own controls
  'settings.time.hour': 'Hour',
  'settings.time.minute': 'Minute',
  'settings.time.dayPeriod': 'Morning or afternoon',
  'settings.time.unset': '––',
};
