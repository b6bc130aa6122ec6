import { useEffect, useState } from 'react';

/** Whole seconds elapsed, ticking once a second while `running`, stopping at `total`. */
export function useCountdown(total: number, running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setElapsed((value) => Math.min(total, value + 1)), 1000);
    return () => clearInterval(id);
  }, [running, total]);
  return elapsed;
}
