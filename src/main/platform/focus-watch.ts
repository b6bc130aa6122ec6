import { combineFocus } from '../../core/focus';
import type { FocusState } from '../../shared/domain';
import type { FocusSource } from './focus-dbus';

/**
 * The focus chain: every source read at start, the ones with signals watched, the
 * rest read again only when asked (`refresh`, at decision points). Reports the combined
 * state when it changes. An adapter: it translates, core decides.
 */

export interface FocusWatch {
  /** Reads every source again (the signal-less ones only change this way). */
  refresh(): Promise<FocusState>;
  /** Names of the sources that answered at the last read; empty: none works here. */
  working(): string[];
  stop(): void;
}

export async function startFocusWatch(
  sources: readonly FocusSource[],
  onFocus: (state: FocusState) => void,
  log: (line: string) => void = () => undefined,
): Promise<FocusWatch> {
  let last: FocusState | null = null;
  let answered: string[] = [];
  const stops: (() => void)[] = [];

  const refresh = async (): Promise<FocusState> => {
    const states = await Promise.all(sources.map((source) => source.read().catch(() => null)));
    answered = sources.filter((_, index) => states[index] !== null).map((source) => source.name);
    const focus = combineFocus(states);
    if (focus !== last) {
      last = focus;
      onFocus(focus);
    }
    return focus;
  };

  await refresh();
  for (const source of sources) {
    if (!source.watch) continue;
    try {
      stops.push(await source.watch(() => void refresh()));
    } catch (error) {
      log(`[focus] cannot watch ${source.name}: ${String(error)}`);
    }
  }
  return {
    refresh,
    working: () => [...answered],
    stop: () => stops.splice(0).forEach((stop) => stop()),
  };
}
