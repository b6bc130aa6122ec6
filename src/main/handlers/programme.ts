import { readFileSync, statSync } from 'node:fs';
import { mergeImportedProgramme } from '../../core/programme-import';
import type { InvokeHandlers } from '../../shared/ipc';
import type { ProgrammeImport } from '../../shared/ipc-programme';
import {
  MAX_PROGRAMME_FILE_BYTES,
  buildProgrammeFile,
  parseProgrammeFile,
  type ProgrammeFile,
} from '../../shared/programme/file-format';
import { describeSettingsIssue } from '../../shared/settings/issue-text';
import { settingsSchema } from '../../shared/settings/schema';
import { message as describe, type Message } from '../../shared/i18n/message';
import { english } from '../../shared/i18n/translator';
import { getErrorCause } from '../error-cause';
import {
  PictureRefused,
  importPictureFile,
  readPicture,
  readPictureDataUrl,
  removePictures,
  savePicture,
} from '../platform/picture-store';
import { writeDurably } from '../platform/durable-file';
import type { HandlerContext, ProgrammeDialogs } from './context';

type ProgrammeHandlers = Pick<
  InvokeHandlers,
  'chooseOwnPicture' | 'getOwnPicture' | 'exportProgramme' | 'importProgramme'
>;

/** A file that cannot become the programme: `text` says why, for the window. */
class ImportRefused extends Error {
  constructor(readonly text: Message) {
    super(english.format(text));
  }
}

/** Saves the file's pictures; the names by exercise, or the error and nothing left behind. */
function savePictures(dataDir: string, file: ProgrammeFile): (string | null)[] {
  const saved: string[] = [];
  try {
    return file.ownExercises.map((exercise, index) => {
      if (!exercise.picture) return null;
      const bytes = Buffer.from(exercise.picture.base64, 'base64');
      try {
        const name = savePicture(dataDir, bytes);
        saved.push(name);
        return name;
      } catch (error) {
        const field = `ownExercises.${index}.picture`;
        const problem = error instanceof PictureRefused ? error.text : getErrorCause(error);
        throw new ImportRefused(describe('data.programme.field', { field, problem }));
      }
    });
  } catch (error) {
    removePictures(dataDir, saved);
    throw error;
  }
}

function readProgrammeText(path: string): string {
  if (statSync(path).size > MAX_PROGRAMME_FILE_BYTES) {
    throw new ImportRefused(describe('data.programme.tooLarge'));
  }
  return readFileSync(path, 'utf8');
}

/** "My programme": own exercises' pictures, and the programme file out and in. */
export function createProgrammeHandlers({
  settingsStore,
  dataDir,
  wallNow,
  programmeDialogs,
}: HandlerContext): ProgrammeHandlers {
  const dialogs = (): ProgrammeDialogs => {
    if (!programmeDialogs) throw new Error('No file dialog is available here.');
    return programmeDialogs;
  };
  const importFrom = (path: string): ProgrammeImport => {
    let text: string;
    try {
      text = readProgrammeText(path);
    } catch (error) {
      if (error instanceof ImportRefused) return { ok: false, error: error.text };
      console.warn(`[programme] ${path} unreadable: ${String(error)}`);
      return {
        ok: false,
        error: describe('data.programme.unreadable', { cause: getErrorCause(error) }),
      };
    }
    const read = parseProgrammeFile(text);
    if (!read.ok) return read;
    let pictures: (string | null)[];
    try {
      pictures = savePictures(dataDir, read.file);
    } catch (error) {
      if (error instanceof ImportRefused) return { ok: false, error: error.text };
      throw error;
    }
    const current = settingsStore.settings;
    const programme = mergeImportedProgramme(current.programme, read.file, pictures);
    const checked = settingsSchema.safeParse({ ...current, programme });
    const saved = pictures.filter((name): name is string => name !== null);
    if (!checked.success) {
      removePictures(dataDir, saved);
      const issue = checked.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      const problem = issue ? describeSettingsIssue(issue) : describe('settings.error.invalid');
      return { ok: false, error: describe('data.programme.unusable', { field, problem }) };
    }
    try {
      settingsStore.save(checked.data);
    } catch (error) {
      removePictures(dataDir, saved);
      throw error;
    }
    return { ok: true, settings: checked.data, imported: read.file.ownExercises.length };
  };
  return {
    chooseOwnPicture: async () => {
      const path = await dialogs().choosePicture();
      if (path === null) return null;
      try {
        return { ok: true, picture: importPictureFile(dataDir, path) };
      } catch (error) {
        if (error instanceof PictureRefused) return { ok: false, error: error.text };
        console.warn(`[programme] picture ${path} unreadable: ${String(error)}`);
        return {
          ok: false,
          error: describe('data.picture.unreadable', { cause: getErrorCause(error) }),
        };
      }
    },
    getOwnPicture: ({ picture }) => {
      const dataUrl = readPictureDataUrl(dataDir, picture);
      return dataUrl ? { dataUrl } : null;
    },
    exportProgramme: async () => {
      const path = await dialogs().chooseExportPath('unknot-programme.json');
      if (path === null) return null;
      const { programme } = settingsStore.settings;
      const picturesLeftOut: string[] = [];
      const file = buildProgrammeFile(
        programme,
        (name) => {
          const picture = readPicture(dataDir, name);
          if (!picture) {
            picturesLeftOut.push(programme.own.find((e) => e.picture === name)?.name ?? name);
            return null;
          }
          return { type: picture.type, base64: picture.bytes.toString('base64') };
        },
        new Date(wallNow()).toISOString(),
      );
      writeDurably(path, `${JSON.stringify(file, null, 2)}\n`);
      return { path, picturesLeftOut };
    },
    importProgramme: async () => {
      const path = await dialogs().chooseImportPath();
      return path === null ? null : importFrom(path);
    },
  };
}
