import { describe, expect, it } from 'vitest';
import { getCodeCause, getErrorCause, getErrorCode } from '../../../src/main/error-cause';
import { LogWriteHeld } from '../../../src/main/log-handover';
import { message } from '../../../src/shared/i18n/message';
import { createTranslator, english } from '../../../src/shared/i18n/translator';

/** An error as Node's fs throws it: a code, and an English message naming it. */
function fsError(code: string, text: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${text}, write`), { code });
}

describe('error causes', () => {
  it.each([
    ['ENOSPC', 'no space left on device', 'the disk is full'],
    ['EDQUOT', 'disk quota exceeded', 'the disk is full'],
    ['EACCES', 'permission denied', 'Unknot is not allowed to use that file or folder'],
    ['EPERM', 'operation not permitted', 'Unknot is not allowed to use that file or folder'],
    ['EROFS', 'read-only file system', 'the disk is read-only'],
    ['EBUSY', 'resource busy or locked', 'another program is using the file'],
    ['ENOENT', 'no such file or directory', 'the file or folder is missing'],
    ['EMFILE', 'too many open files', 'too many files are open at once'],
    ['EISDIR', 'illegal operation on a directory', 'a folder stands where a file should be'],
    ['EIO', 'i/o error', 'the disk could not be read or written'],
    ['ETIMEDOUT', 'timed out', 'it took too long to answer'],
    ['ECONNREFUSED', 'connection refused', 'the connection was refused or broke off'],
  ])('words %s as a cause a person can act on', (code, text, words) => {
    expect(english.format(getErrorCause(fsError(code, text)))).toContain(words);
  });

  it('names a code it does not know instead of passing the English on', () => {
    const cause = getErrorCause(fsError('ELOOP', 'too many symbolic links encountered'));
    expect(cause).toEqual(message('data.cause.code', { code: 'ELOOP' }));
    expect(english.format(cause)).toBe('an unexpected error (ELOOP)');
  });

  it('says "an unexpected error" for anything without a code, never its message', () => {
    for (const error of [new Error('window host gone'), 'boom', null, undefined, 42]) {
      expect(getErrorCause(error)).toEqual(message('data.cause.unknown'));
    }
  });

  it('finds a code in the message when the error lost its code property', () => {
    expect(getErrorCode(new Error('ENOSPC: no space left on device, write'))).toBe('ENOSPC');
    expect(getErrorCode({ code: 'not a code' })).toBeNull();
    expect(getCodeCause('EACCES')).toEqual(message('data.cause.notAllowed'));
  });

  it('keeps a cause the log store already worded (a held history write)', () => {
    const held = new LogWriteHeld(
      message('data.log.saveFailed', { file: '/h.jsonl', cause: message('data.cause.diskFull') }),
    );
    expect(getErrorCause(held)).toEqual(message('data.cause.diskFull'));
    expect(held.message).toMatch(/^Your last break could not be saved to \/h\.jsonl \(the disk/);
  });

  it('reads in German with no English left, whatever the code', () => {
    const german = createTranslator('de');
    const codes = ['ENOSPC', 'EACCES', 'EROFS', 'EBUSY', 'ENOENT', 'EMFILE', 'EIO', 'ETIMEDOUT'];
    for (const code of [...codes, 'ECONNRESET', 'EXDEV']) {
      const words = german.format(getErrorCause(fsError(code, 'english words')));
      expect(words).not.toBe(english.format(getErrorCause(fsError(code, 'english words'))));
      expect(words).not.toMatch(/english|disk|file|error/i);
    }
  });
});
