import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUserDataProblem, getUserDataProblemText } from '../../../src/main/setup-user-data';
import { createTranslator, english } from '../../../src/shared/i18n/translator';

/** The box shown before any window when the data folder cannot be written. */

const work = mkdtempSync(join(tmpdir(), 'unknot-user-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FOLDER = '/home/ana/.config/Unknot';
const read = (locale: 'en' | 'de' | 'es' | 'fr', platform: NodeJS.Platform, code = 'EACCES') => {
  const translator = locale === 'en' ? english : createTranslator(locale);
  return getUserDataProblemText(FOLDER, code, platform).map(translator.format).join('\n\n');
};

describe('the user-data folder problem', () => {
  it('finds a folder it cannot create (a file in its place)', () => {
    const blocker = join(work, 'file');
    writeFileSync(blocker, '');
    chmodSync(blocker, 0o400);
    expect(findUserDataProblem(join(blocker, 'Unknot'))).toBe('ENOTDIR');
    expect(findUserDataProblem(join(work, 'fine'))).toBeNull();
  });

  it('names the folder, the cause and the fix, in English', () => {
    expect(read('en', 'linux')).toBe(
      [
        `Unknot keeps its settings and history in\n  ${FOLDER}\nbut cannot write there (Unknot is not allowed to use that file or folder).`,
        `This usually follows starting Unknot with sudo. Give the folder back to yourself:\n  sudo chown -R "$USER" "${FOLDER}"`,
        'Or start Unknot with a folder of your choice: UNKNOT_USER_DATA=/some/folder unknot',
      ].join('\n\n'),
    );
    expect(read('en', 'win32')).toContain('(Properties › Security)');
  });

  it.each(['de', 'es', 'fr'] as const)('reads in %s with no English sentence left', (locale) => {
    for (const platform of ['linux', 'win32'] as const) {
      const text = read(locale, platform, 'EROFS');
      expect(text).toContain(FOLDER);
      expect(text).toContain('UNKNOT_USER_DATA=');
      for (const english of [
        'keeps its settings',
        'cannot write',
        'read-only',
        'usually',
        'Or start',
        'Check that',
      ]) {
        expect(text).not.toContain(english);
      }
    }
    expect(read(locale, 'linux')).toContain(`sudo chown -R "$USER" "${FOLDER}"`);
  });
});
