import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/messages/en';
import { ALL_MESSAGE_AREAS, WINDOW_AREAS } from '../../../src/shared/i18n/window-areas';

describe('message areas', () => {
  it('names every folder of messages, and each folder holds only its English', () => {
    const folders = readdirSync('src/shared/i18n/messages', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...ALL_MESSAGE_AREAS].sort());
    for (const folder of folders) {
      // Every other language keeps all its areas in its one file (../translations).
      expect(readdirSync(`src/shared/i18n/messages/${folder}`), folder).toEqual(['en.ts']);
    }
  });

  it('gives no window the shell words, and every window its shared words', () => {
    for (const [window, areas] of Object.entries(WINDOW_AREAS)) {
      expect(areas, window).not.toContain('shell');
      expect(areas, window).toEqual(expect.arrayContaining(['app', 'common']));
    }
    expect(Object.keys(en).some((id) => id.startsWith('tray.'))).toBe(true);
  });
});
