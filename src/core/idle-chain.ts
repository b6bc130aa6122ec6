/**
 * Which idle source to trust, decided from what each one answered. The shell asks the
 * sources; this module only decides. Order: on Wayland, Electron's powerMonitor
 * answers 0 forever, so the D-Bus sources go first there and powerMonitor last, and
 * a powerMonitor that has said nothing but 0 for STUCK_ZERO_MS is dropped.
 */

export type IdleSourceId = 'powerMonitor' | 'mutter' | 'screensaver';

export interface IdleEnvironment {
  platform: string;
  /** XDG_SESSION_TYPE: 'wayland', 'x11', ... or null when unset. */
  sessionType: string | null;
  /** Whether a D-Bus session bus address is known. */
  hasSessionBus: boolean;
}

/** Try the sources from the top again this often when a lower one (or none) is in use. */
export const RECHECK_MS = 5 * 60_000;
/** powerMonitor saying exactly 0 this long, never more, is the Wayland failure. */
export const STUCK_ZERO_MS = 10 * 60_000;

export interface IdleChainState {
  order: IdleSourceId[];
  active: IdleSourceId | null;
  /** Monotonic ms of the last pass from the top; null before the first read. */
  checkedAt: number | null;
  /** Whether powerMonitor's answers are suspect (Wayland). */
  watchStuckZero: boolean;
  zeroSince: number | null;
  seenNonZero: boolean;
  /** Why the last source was dropped, for the log. */
  note: string | null;
}

export function getIdleSourceOrder(env: IdleEnvironment): IdleSourceId[] {
  if (env.platform !== 'linux') return ['powerMonitor'];
  const dbus: IdleSourceId[] = env.hasSessionBus ? ['mutter', 'screensaver'] : [];
  return env.sessionType === 'wayland' ? [...dbus, 'powerMonitor'] : ['powerMonitor', ...dbus];
}

export function createIdleChain(order: IdleSourceId[], watchStuckZero: boolean): IdleChainState {
  return {
    order,
    active: null,
    checkedAt: null,
    watchStuckZero,
    zeroSince: null,
    seenNonZero: false,
    note: null,
  };
}

/** The source to ask first on this read: the active one, or the top one when a recheck is due. */
export function beginIdleRead(
  state: IdleChainState,
  nowMono: number,
): { state: IdleChainState; source: IdleSourceId | null } {
  const top = state.order[0] ?? null;
  const recheck =
    state.checkedAt === null || (state.active !== top && nowMono - state.checkedAt >= RECHECK_MS);
  if (recheck) return { state: { ...state, checkedAt: nowMono }, source: top };
  return { state, source: state.active };
}

export type IdleAnswer = { seconds: number } | { error: string };

export interface SettledRead {
  state: IdleChainState;
  /** The idle seconds to use, or null when this source gave none. */
  seconds: number | null;
  /** The source to ask next in this read, when this one failed. */
  next: IdleSourceId | null;
}

function drop(
  state: IdleChainState,
  source: IdleSourceId,
  why: string,
  keep: boolean,
): SettledRead {
  const index = state.order.indexOf(source);
  const next = state.order[index + 1] ?? null;
  const order = keep ? state.order : state.order.filter((id) => id !== source);
  return {
    state: { ...state, order, active: next, note: `${source}: ${why}` },
    seconds: null,
    next,
  };
}

/** Folds one source's answer into the chain. */
export function settleIdleRead(
  state: IdleChainState,
  source: IdleSourceId,
  answer: IdleAnswer,
  nowMono: number,
): SettledRead {
  if ('error' in answer) return drop(state, source, answer.error, true);
  const seconds = Math.max(0, answer.seconds);
  if (source === 'powerMonitor' && state.watchStuckZero) {
    if (seconds > 0) {
      state = { ...state, seenNonZero: true, zeroSince: null };
    } else if (!state.seenNonZero) {
      const zeroSince = state.zeroSince ?? nowMono;
      if (nowMono - zeroSince >= STUCK_ZERO_MS) {
        // Dropped for the session: it would pass every recheck and be wrong again.
        return drop(state, source, 'reported 0 for 10 minutes (Wayland)', false);
      }
      state = { ...state, zeroSince };
    }
  }
  return { state: { ...state, active: source }, seconds, next: null };
}

/** True once a full pass found no working source: breaks follow the clock. */
export function isIdleUnavailable(state: IdleChainState): boolean {
  return state.checkedAt !== null && state.active === null;
}
