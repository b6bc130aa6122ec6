import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings, SettingsSection } from '../../shared/settings/schema';
import { repairSettings, type SettingsProblem } from '../../shared/settings/repair';
import type { SettingsSnapshot } from '../../shared/domain';
import type { UnknotApi } from '../../shared/ipc';
import { useText } from '../common/i18n/use-text';
import { useProblemText } from '../common/problem-text';

type Draft = Record<string, unknown>;

function setAt(root: unknown, path: readonly string[], value: unknown): Draft {
  const record = typeof root === 'object' && root !== null ? (root as Draft) : {};
  const [head, ...rest] = path;
  if (head === undefined) return record;
  const copy: Draft | unknown[] = Array.isArray(record) ? [...record] : { ...record };
  (copy as Draft)[head] = rest.length === 0 ? value : setAt(record[head], rest, value);
  return copy as Draft;
}

/** A problem at `problemPath` belongs to the field at `path`, its group or one of its parts. */
const concerns = (problemPath: string, path: string): boolean =>
  problemPath === path || path.startsWith(`${problemPath}.`) || problemPath.startsWith(`${path}.`);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface SettingsEditor {
  /** The last settings main accepted. */
  saved: Settings;
  /** What the form shows, valid or not. */
  draft: Draft;
  /** The message for a field, or for the list or group it belongs to. */
  errorFor(path: string): string | undefined;
  /** Changes one field; every valid field is saved at once, invalid ones wait. */
  change(path: string, value: unknown): void;
  reset(section: SettingsSection | 'all'): Promise<void>;
  /** Takes settings main returned from another channel (safety, onboarding). */
  accept(settings: Settings): void;
  /** What became of the last change: saved, waiting on an invalid value, or refused. */
  feedback: SaveFeedbackState | null;
  /** Puts a message of a field's own (a refused shortcut) in the live region. */
  notify(kind: SaveFeedbackState['kind'], text: string): void;
}

export interface SaveFeedbackState {
  kind: 'saved' | 'invalid' | 'failed';
  text: string;
  /** Counts messages, so the same words said twice are announced twice. */
  serial: number;
}

/**
 * The settings form's state: a draft that may hold invalid values (shown with their
 * messages) over the last saved settings. Valid changes go to main straight away, in order.
 */
export function useSettingsEditor(api: UnknotApi, snapshot: SettingsSnapshot): SettingsEditor {
  const [saved, setSaved] = useState<Settings>(snapshot.settings);
  const [draft, setDraft] = useState<Draft>(snapshot.settings as unknown as Draft);
  const [serverProblems, setServerProblems] = useState<SettingsProblem[]>([]);
  const [feedback, setFeedback] = useState<SaveFeedbackState | null>(null);
  const t = useText();
  const describe = useProblemText();
  const say = useCallback(
    (kind: SaveFeedbackState['kind'], text: string) =>
      setFeedback((last) => ({ kind, text, serial: (last?.serial ?? 0) + 1 })),
    [],
  );
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const savedRef = useRef(saved);
  useEffect(() => {
    savedRef.current = saved;
  }, [saved]);

  const problems = useMemo(
    () => [...repairSettings(draft, saved).problems, ...serverProblems],
    [draft, saved, serverProblems],
  );

  const accept = useCallback((settings: Settings) => {
    setSaved(settings);
    setDraft(settings as unknown as Draft);
    setServerProblems([]);
  }, []);

  useEffect(
    () =>
      api.on('settings', (settings) => {
        if (!same(settings, savedRef.current)) accept(settings);
      }),
    [api, accept],
  );

  const change = (path: string, value: unknown): void => {
    const next = setAt(draft, path.split('.'), value);
    setDraft(next);
    const repaired = repairSettings(next, saved);
    const invalid = repaired.problems.find((problem) => concerns(problem.path, path));
    if (invalid) say('invalid', t('settings.save.notSaved', { problem: describe(invalid) }));
    const { settings } = repaired;
    if (same(settings, saved)) return;
    setSaved(settings);
    // After a refusal, what main really holds becomes the fallback again.
    const resync = () =>
      api.getSettings().then(
        (snapshot) => setSaved(snapshot.settings),
        () => undefined,
      );
    queue.current = queue.current.then(() =>
      api.saveSettings({ settings }).then(
        (result) => {
          setServerProblems(result.ok ? [] : result.problems);
          if (result.ok) {
            if (!invalid) say('saved', t('settings.save.saved'));
            return;
          }
          say('failed', t('settings.save.refused'));
          return resync();
        },
        (error: unknown) => {
          say('failed', t('settings.save.failed', { error: String(error) }));
          return resync();
        },
      ),
    );
  };

  const reset = async (section: SettingsSection | 'all'): Promise<void> => {
    try {
      accept(await api.resetSettings({ section }));
      say('saved', t('settings.save.resetDone'));
    } catch (error) {
      say('failed', t('settings.save.resetFailed', { error: String(error) }));
    }
  };

  const errorFor = (path: string): string | undefined => {
    const problem = problems.find((candidate) => concerns(candidate.path, path));
    return problem ? describe(problem) : undefined;
  };

  return { saved, draft, errorFor, change, reset, accept, feedback, notify: say };
}

/** Reads a value of the draft by dotted path. */
export function getDraftValue(draft: Draft, path: string): unknown {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Draft)[key] : undefined;
  }
  return node;
}
