import type { ShellPorts } from '../src/main/services';
import type { BreakPrompt } from '../src/shared/domain';

/**
 * The shell the bench runs the real services in: a manual clock, the one timer, and the
 * person's idle time. It counts wake-ups (timer firings) and hands each opened break to
 * the simulated person.
 */
export interface SimShell {
  ports: ShellPorts;
  /** Wall clock now, epoch ms. */
  wall(): number;
  /** Runs the clock to `wall`, firing the timer at each deadline on the way. */
  runTo(wall: number): Promise<void>;
  /** Timer firings so far. */
  wakeups(): number;
  /** Wall time the timer is armed for; null when disarmed. */
  timerAt(): number | null;
  /** Moves the clock without firing anything (overnight, while the machine is off). */
  jumpTo(wall: number): void;
}

/** Lets pending promises (an idle reading, then its dispatch) run to the end. */
function settle(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

export function createSimShell(options: {
  wall0: number;
  idleSeconds(wall: number): number;
  onBreak(prompt: BreakPrompt): void;
}): SimShell {
  let mono = 0;
  const offset = options.wall0;
  let timer: { at: number; fire: () => void } | null = null;
  let wakeups = 0;
  const ports: ShellPorts = {
    now: () => ({ mono, wall: offset + mono }),
    setTimer: (at, fire) => {
      timer = at === null ? null : { at, fire };
    },
    readIdleSeconds: async () => options.idleSeconds(offset + mono),
    showNotice: () => undefined,
    openBreakWindow: (prompt) => options.onBreak(prompt),
    focusBreakWindow: () => undefined,
    closeBreakWindow: () => undefined,
    showStatus: () => undefined,
    broadcast: () => undefined,
  };
  return {
    ports,
    wall: () => offset + mono,
    async runTo(wall) {
      const end = wall - offset;
      // A wake-up reads idle time asynchronously: let it finish (and re-arm) first.
      await settle();
      while (timer && timer.at <= end) {
        const { at, fire } = timer;
        mono = Math.max(mono, at);
        timer = null;
        wakeups += 1;
        fire();
        await settle();
      }
      mono = Math.max(mono, end);
    },
    wakeups: () => wakeups,
    timerAt: () => (timer === null ? null : offset + timer.at),
    jumpTo(wall) {
      // The monotonic clock runs on; only the timer is not fired on the way.
      mono = Math.max(mono, wall - offset);
    },
  };
}
