import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getStaleIndexFiles,
  listTranslationCodes,
  NAMES_FILE,
  readTranslationEntries,
  renderTranslationIndex,
  TABLE_FILE,
} from '../../../scripts/index-translations';
import { tempDirPerTest } from '../../support/temp-dir';

const tempDir = tempDirPerTest('unknot-translations-');

describe('the translation index', () => {
  it('is what the translation files give (else: npm run i18n:index)', async () => {
    expect(await getStaleIndexFiles()).toEqual([]);
  });

  it('finds a new language by its file alone, with its own name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'de.ts'), "export const translation = { name: 'Deutsch' };");
    writeFileSync(join(dir, 'pt-BR.ts'), "export const translation = { name: 'Português' };");
    writeFileSync(join(dir, 'notes.md'), 'not a translation');
    writeFileSync(join(dir, 'helpers.ts'), 'export const x = 1;');
    expect(listTranslationCodes(dir)).toEqual(['de', 'pt-BR']);

    const files = await renderTranslationIndex(await readTranslationEntries(dir));
    expect(files[NAMES_FILE]).toContain(
      "TRANSLATION_NAMES = { de: 'Deutsch', 'pt-BR': 'Português' }",
    );
    expect(files[NAMES_FILE]).toContain("TRANSLATED_LOCALES = ['de', 'pt-BR']");
    expect(files[TABLE_FILE]).toContain(
      "import { translation as pt_BR } from '../translations/pt-BR';",
    );
    expect(files[TABLE_FILE]).toContain("{ de, 'pt-BR': pt_BR }");
  });

  it('refuses a file without its language’s name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'it.ts'), 'export const translation = { messages: {} };');
    await expect(readTranslationEntries(dir)).rejects.toThrow(/it\.ts must export `translation`/);
  });
});
