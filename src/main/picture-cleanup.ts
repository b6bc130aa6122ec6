import { readdirSync } from 'node:fs';
import { getDroppedPictures, getOrphanPictures } from '../core/own-pictures';
import { PICTURE_NAME_PATTERN } from '../shared/programme/own-exercise';
import type { Settings } from '../shared/settings/schema';
import { getPicturesDir, removePictures } from './platform/picture-store';

/** The picture files in the user-data folder (names of ours only; none when there is no folder). */
function listPictureFiles(dataDir: string): string[] {
  try {
    return readdirSync(getPicturesDir(dataDir)).filter((name) => PICTURE_NAME_PATTERN.test(name));
  } catch {
    return [];
  }
}

/** Removes pictures, logging rather than throwing: a leftover file is no reason to fail. */
function removeQuietly(dataDir: string, names: readonly string[]): void {
  if (names.length === 0) return;
  try {
    removePictures(dataDir, names);
  } catch (error) {
    console.warn('[pictures] could not delete unused pictures:', error);
  }
}

/**
 * Keeps the pictures folder to what own exercises use: at start every file no exercise
 * names is deleted (left by a crash or an older version); after each settings change, the
 * pictures the change stopped using (an exercise deleted, a picture replaced). A picture
 * just chosen in the form and not yet saved is not touched until the next start.
 */
export function setupPictureCleanup(
  dataDir: string,
  settingsStore: {
    readonly settings: Settings;
    /** Set when the settings file could not be read: its exercises are unknown. */
    readonly unreadable: object | null;
    onChange(listener: (settings: Settings) => void): () => void;
  },
): () => void {
  // Defaults in place of an unreadable file name no pictures: every picture would look
  // unused. The sweep waits for a start that can read the settings.
  if (!settingsStore.unreadable) {
    removeQuietly(dataDir, getOrphanPictures(listPictureFiles(dataDir), settingsStore.settings));
  }
  let before = settingsStore.settings;
  return settingsStore.onChange((after) => {
    removeQuietly(dataDir, getDroppedPictures(before, after));
    before = after;
  });
}
