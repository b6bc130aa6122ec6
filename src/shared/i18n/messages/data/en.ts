/**
 * Problems with the person's data, in English: what main's stores found (a file set
 * aside, a write that did not land) and why (the cause of a refused read or write).
 * Settings › Your data and the summary window show them.
 */
export const dataEn = {
  // Why the system refused a read or write: one short cause, from the error's code.
  'data.cause.diskFull': 'the disk is full',
  'data.cause.notAllowed': 'Unknot is not allowed to use that file or folder',
  'data.cause.readOnly': 'the disk is read-only',
  'data.cause.busy': 'another program is using the file',
  'data.cause.missing': 'the file or folder is missing',
  'data.cause.tooManyFiles': 'too many files are open at once',
  'data.cause.wrongKind':
    'a folder stands where a file should be, or a file where a folder should be',
  'data.cause.io': 'the disk could not be read or written (a hardware or connection fault)',
  'data.cause.timedOut': 'it took too long to answer',
  'data.cause.connection': 'the connection was refused or broke off',
  'data.cause.code': 'an unexpected error ({code})',
  'data.cause.unknown': 'an unexpected error',
  'data.cause.unreadAtStart':
    'Unknot could not read its file when it started and does not write over a file it could not read',

  // Why a file was set aside.
  'data.reason.notJson': 'it is not valid JSON',
  'data.reason.notObject': 'it is not an object',
  'data.reason.newer': 'it was written by a newer Unknot (schema {version})',
  'data.reason.unknownVersion': 'its schema version is unknown',
  'data.reason.notList': 'its entries are not a list',
  'data.reason.badShape': 'its contents are not what Unknot expects',

  // What was kept, and what to do.
  'data.kept.file': 'Nothing was deleted: the original bytes stay in the file named above.',
  'data.action.folder': 'Look in {folder}; restore the file from a backup, or leave it be.',
  'data.action.none': 'Nothing to do.',
  'data.action.unreadable':
    'Make {file} readable for your account, or move away what stands in its place; then restart Unknot.',

  // The stores' files.
  'data.settings.setAside':
    'The settings file could not be read ({reason}); it was moved to {file} and defaults are in use.',
  'data.settings.repaired':
    'Part of your settings file could not be used as written; the list at the top of Settings says what was changed.',
  'data.settings.saveFailed': 'Your settings could not be saved to {file} ({cause}).',
  'data.settings.saveKept': 'The settings saved before stay in force; the change was not applied.',
  'data.settings.saveAction':
    'Make the data folder writable (or free some disk space), then save again.',
  'data.settings.unreadable':
    'The settings file {file} could not be read ({cause}); defaults are in use.',
  'data.settings.unreadableKept':
    'The file was left as it is. Changes you make now apply until Unknot quits, but they are not saved, so they cannot overwrite it.',
  'data.engine.setAside':
    'The engine state could not be used ({reason}); it was moved to {file} and the pause and snooze state started fresh.',
  'data.engine.kept':
    'Your history is not affected; only the pause and snooze state started fresh.',
  'data.engine.unreadable':
    'The pause and snooze state in {file} could not be read ({cause}); Unknot started without it.',
  'data.engine.unreadableKept':
    'The file was left as it is and is not written until Unknot can read it after a restart. Your history is not affected.',
  'data.tension.setAside': 'The tension file could not be read ({reason}); it was moved to {file}.',
  'data.tension.skipped':
    '{count, plural, one {# tension check-in could not be read and was skipped.} other {# tension check-ins could not be read and were skipped.}}',
  'data.tension.skippedKept': 'They stay in tension.json until the next check-in is saved.',
  'data.tension.unreadable': 'The tension file {file} could not be read ({cause}).',
  'data.tension.unreadableKept':
    'The file was left as it is. New check-ins cannot be saved until Unknot can read it after a restart.',
  'data.knots.setAside':
    "The knot finder's file could not be read ({reason}); it was moved to {file}.",
  'data.knots.skipped':
    '{count, plural, one {# knot check could not be read and was skipped.} other {# knot checks could not be read and were skipped.}}',
  'data.knots.skippedKept': 'They stay in knots.json.',
  'data.knots.unreadable': "The knot finder's file {file} could not be read ({cause}).",
  'data.knots.unreadableKept':
    'The file was left as it is. New checks cannot be saved until Unknot can read it after a restart.',

  // The history (one journal per month).
  'data.log.saveFailed':
    'Your last break could not be saved to {file} ({cause}). Unknot keeps it in memory and saves it as soon as the disk accepts it; breaks go on as usual. Check the free space and the rights of the data folder.',
  'data.log.readFailed':
    'The history file for {month} could not be read ({cause}). It was left as it is; that month is missing from the summary until it can be read.',
  'data.log.setAside':
    'The history file for {month} could not be read ({reason}). It was moved to {file} so nothing in it is lost; breaks from that month are missing from the summary. The rest of your history is intact.',
  'data.log.torn':
    'The last line of the history file for {month} was cut short (Unknot stopped while writing it). Its bytes were moved to {file}; everything before it is intact.',
  'data.log.damagedLines':
    '{count, plural, one {# line of the history file for {month} could not be read (line {lines}); it is left in the file and skipped.} other {# lines of the history file for {month} could not be read (lines {lines}); they are left in the file and skipped.}}',
  'data.log.folderUnreadable':
    'The history folder {folder} could not be read ({cause}). Breaks go on; their outcomes are kept in memory and saved as soon as the folder can be read.',
  'data.log.folderKept':
    'Nothing in it was changed or deleted. Quitting Unknot before then loses the outcomes kept in memory.',
  'data.log.folderAction':
    'Make {folder} a folder your account can read (move away a file that stands in its place); Unknot then saves what waits without a restart.',

  // Writes that wait in memory for a retry, and steps of a break that failed.
  'data.write.log': 'A break or sitting time could not be saved: {cause}.',
  'data.write.engineState': 'The pause and snooze state could not be saved: {cause}.',
  'data.write.kept':
    'Kept in memory ({count} waiting) and tried again every few minutes while Unknot runs.',
  'data.write.action':
    'Free some disk space or make the data folder writable; quitting Unknot now would lose what waits.',
  'data.effect.failed':
    'Unknot could not {effect, select, notice {show the break notice} openBreak {open the break window} focusBreak {bring the break window forward} closeBreak {close the break window} appendLog {save a break} recordBout {save sitting time} persist {save the pause state} naturalBreak {note a natural break} held {note a held break} other {carry out a step of the break}} ({cause}).',
  'data.effect.kept': 'Breaks go on; the outcome of this one is still recorded.',
  'data.effect.action': 'If this keeps happening, restart Unknot.',
  // An own exercise's picture that cannot be used.
  'data.picture.tooLarge': 'The picture is {megabytes, number, ::.0} MB; use one of at most 2 MB',
  'data.picture.notPicture': 'Use a PNG, JPEG or WebP picture',
  'data.picture.unreadable': 'The picture could not be read ({cause})',

  // The box shown when the data folder cannot be written at start (before any window).
  'data.userData.title': 'Unknot cannot start',
  'data.userData.problem':
    'Unknot keeps its settings and history in\n  {folder}\nbut cannot write there ({cause}).',
  'data.userData.fixWindows':
    'Check that your account may write to this folder (Properties › Security).',
  'data.userData.fixSudo':
    'This usually follows starting Unknot with sudo. Give the folder back to yourself:\n  sudo chown -R "$USER" "{folder}"',
  'data.userData.otherFolder':
    'Or start Unknot with a folder of your choice: UNKNOT_USER_DATA=/some/folder unknot',

  // A programme file that cannot be imported ("Nothing was changed. {error}").
  'data.programme.notJson': 'The file is not JSON.',
  'data.programme.notProgramme': 'This is not an Unknot programme file.',
  'data.programme.version':
    'This programme file is version {version}; this Unknot reads version {supported}.',
  'data.programme.field': 'The field "{field}" is not valid: {problem}.',
  'data.programme.tooLarge': 'The file is too large to be an Unknot programme file.',
  'data.programme.unreadable': 'The file could not be read ({cause}).',
  'data.programme.unusable': 'The programme cannot be used ({field}): {problem}.',
} as const satisfies Record<string, string>;
