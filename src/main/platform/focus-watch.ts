import { combineFocus } from '../../core/focus';
import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * The focus chain: every source read at start, the ones with signals watched, the
 * rest read again only when asked (`refresh`, at decision points; `refreshPolled`).
 * Reports the combined state when it changes. An adapter: it translates, core decides.
 */

export interface FocusWatch {
  /** Reads every source again (the signal-less ones only change this way). */
  refresh(): Promise<FocusState>;
  /** Reads again only the sources without a working signal; the others' last answers stand. */
  refreshPolled(): Promise<FocusState>;
  /** Names of the sources that answered at the last read; empty: none works here. */
  working(): string[];
  stop(): void;
}

/** What a read found: the combined focus, and the part of it the signalled sources give. */
export interface FocusRead {
  focus: FocusState;
  /** What the sources with a working signal say alone: they need no reading again. */
  signalled: FocusState;
}

export async function startFocusWatch(
  sources: readonly FocusSource[],
  onFocus: (state: FocusState) => void,
  log: (line: string) => void = () => undefined,
  /** After each read once the watches are set up, and once when they are. */
  afterRead: (read: FocusRead) => void = () => undefined,
): Promise<FocusWatch> {
  let last: FocusState | null = null;
  const states: (FocusState | null)[] = sources.map(() => null);
  const watched: boolean[] = sources.map(() => false);
  let ready = false;
  const stops: (() => void)[] = [];

  const settle = (): FocusState => {
    const focus = combineFocus(states);
    if (focus !== last) {
      last = focus;
      onFocus(focus);
    }
    if (ready) afterRead({ focus, signalled: combineFocus(states.filter((_, i) => watched[i])) });
    return focus;
  };

  const read = async (only: (index: number) => boolean): Promise<FocusState> => {
    const asked = sources.map((_, index) => index).filter(only);
    const answers = await Promise.all(
      asked.map((index) => sources[index]?.read().catch(() => null) ?? null),
    );
    asked.forEach((index, at) => (states[index] = answers[at] ?? null));
    return settle();
  };

  const refresh = () => read(() => true);
  await refresh();
  for (const [index, source] of sources.entries()) {
    if (!source.watch) continue;
    try {
      stops.push(await source.watch(() => void refresh()));
      watched[index] = true;
    } catch (error) {
      log(`[focus] cannot watch ${source.name}: ${String(error)}`);
    }
  }
  ready = true;
  settle();
  return {
    refresh,
    refreshPolled: () => read((index) => !watched[index]),
    working: () => sources.filter((_, index) => states[index] !== null).map((s) => s.name),
    stop: () => stops.splice(0).forEach((stop) => stop()),
  };
}
