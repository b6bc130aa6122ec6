import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings, SettingsSection } from '../../shared/settings/schema';
import { repairSettings, type SettingsProblem } from '../../shared/settings/repair';
import type { SettingsSnapshot } from '../../shared/domain';
import type { UnknotApi } from '../../shared/ipc';

type Draft = Record<string, unknown>;

function setAt(root: unknown, path: readonly string[], value: unknown): Draft {
  const record = typeof root === 'object' && root !== null ? (root as Draft) : {};
  const [head, ...rest] = path;
  if (head === undefined) return record;
  const copy: Draft | unknown[] = Array.isArray(record) ? [...record] : { ...record };
  (copy as Draft)[head] = rest.length === 0 ? value : setAt(record[head], rest, value);
  return copy as Draft;
}

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
  /** A save main refused, or a channel that failed. */
  failure: string | null;
  setFailure(message: string | null): void;
}

/**
 * The settings form's state: a draft that may hold invalid values (shown with their
 * messages) over the last saved settings. Valid changes go to main straight away, in order.
 */
export function useSettingsEditor(api: UnknotApi, snapshot: SettingsSnapshot): SettingsEditor {
  const [saved, setSaved] = useState<Settings>(snapshot.settings);
  const [draft, setDraft] = useState<Draft>(snapshot.settings as unknown as Draft);
  const [serverProblems, setServerProblems] = useState<SettingsProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
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
    const { settings } = repairSettings(next, saved);
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
          setFailure(result.ok ? null : 'Some settings were not saved: see the messages below.');
          if (!result.ok) return resync();
        },
        (error: unknown) => {
          setFailure(`Your change was not saved: ${String(error)}`);
          return resync();
        },
      ),
    );
  };

  const reset = async (section: SettingsSection | 'all'): Promise<void> => {
    try {
      accept(await api.resetSettings({ section }));
      setFailure(null);
    } catch (error) {
      setFailure(`Could not reset: ${String(error)}`);
    }
  };

  const errorFor = (path: string): string | undefined =>
    problems.find(
      (problem) =>
        problem.path === path ||
        path.startsWith(`${problem.path}.`) ||
        problem.path.startsWith(`${path}.`),
    )?.message;

  return { saved, draft, errorFor, change, reset, accept, failure, setFailure };
}

/** Reads a value of the draft by dotted path. */
export function getDraftValue(draft: Draft, path: string): unknown {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Draft)[key] : undefined;
  }
  return node;
}
