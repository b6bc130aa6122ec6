import {
  beginIdleRead,
  createIdleChain,
  isIdleUnavailable,
  settleIdleRead,
  type IdleChainState,
  type IdleSourceId,
} from '../../core/idle-chain';
import type { IdleSource } from './idle-dbus';

export interface IdleReader {
  /** Asks the chain's sources (async: D-Bus); the answer is kept for `read`. */
  refresh(): Promise<void>;
  /** The last answer, in seconds; null when no source works (clock-based breaks). */
  read(): number | null;
  /** The source in use, or null. */
  getSource(): IdleSourceId | null;
  isUnavailable(): boolean;
}

export interface IdleReaderOptions {
  order: IdleSourceId[];
  sources: IdleSource[];
  watchStuckZero: boolean;
  monoNow?: () => number;
  log?: (message: string) => void;
}

/**
 * Runs the idle chain: asks the source core's chain picks, falls down the chain when
 * one fails, and remembers the answer so the engine can read it synchronously.
 */
export function createIdleReader(options: IdleReaderOptions): IdleReader {
  const byId = new Map(options.sources.map((source) => [source.id, source]));
  const monoNow = options.monoNow ?? (() => performance.now());
  const log = options.log ?? ((message: string) => console.info(message));
  const order = options.order.filter((id) => byId.has(id));
  let state: IdleChainState = createIdleChain(order, options.watchStuckZero);
  let last: number | null = null;
  let running: Promise<void> | null = null;

  const ask = async (id: IdleSourceId): Promise<{ seconds: number } | { error: string }> => {
    try {
      const source = byId.get(id);
      if (!source) return { error: 'not available here' };
      return { seconds: await source.read() };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  const run = async (): Promise<void> => {
    const before = state.active;
    const begun = beginIdleRead(state, monoNow());
    state = begun.state;
    let source = begun.source;
    let seconds: number | null = null;
    while (source !== null) {
      const settled = settleIdleRead(state, source, await ask(source), monoNow());
      state = settled.state;
      seconds = settled.seconds;
      if (seconds !== null) break;
      source = settled.next;
    }
    last = seconds;
    if (state.active !== before) {
      const why = state.note ? ` (${state.note})` : '';
      log(`[idle] source: ${state.active ?? 'none — breaks follow the clock'}${why}`);
    }
  };

  return {
    refresh() {
      // Overlapping refreshes share one pass: one D-Bus call at a time.
      running ??= run().finally(() => (running = null));
      return running;
    },
    read: () => last,
    getSource: () => state.active,
    isUnavailable: () => isIdleUnavailable(state),
  };
}
