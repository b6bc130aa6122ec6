import { useEffect, useState } from 'react';
import type { BreakPrompt } from '../../shared/domain';
import { useApi } from '../common/api';
import { BreakRoutine } from './BreakRoutine';
import './break.css';
import './break-compact.css';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; prompt: BreakPrompt }
  | { state: 'none' }
  | { state: 'error'; message: string };

/** The break window: asks main for the prompt, then runs its routine. */
export function BreakView() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    api.getBreak().then(
      (prompt) => setLoad(prompt ? { state: 'ready', prompt } : { state: 'none' }),
      (error: unknown) => setLoad({ state: 'error', message: String(error) }),
    );
  }, [api]);

  if (load.state === 'loading') return <main className="break" aria-busy="true" />;
  if (load.state === 'none')
    return (
      <main className="break">
        <p>No break is due right now.</p>
      </main>
    );
  if (load.state === 'error') {
    return (
      <main className="break">
        <p role="alert">Unknot could not load this break: {load.message}</p>
      </main>
    );
  }
  return <BreakRoutine prompt={load.prompt} />;
}
