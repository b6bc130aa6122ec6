import { useEffect, useState } from 'react';
import type { BreakPrompt } from '../../shared/domain';
import type { Exercise } from '../../shared/exercises';
import { useApi } from '../common/api';
import { BreakRoutine } from './BreakRoutine';
import { ExerciseLookupProvider } from './exercise-lookup';
import './break.css';
import './break-compact.css';
import { LanguageRoot } from '../common/i18n/LanguageRoot';
import { useText } from '../common/i18n/use-text';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; prompt: BreakPrompt }
  | { state: 'none' }
  | { state: 'error'; message: string };

const NO_EXERCISES: readonly Exercise[] = [];

/** The break window, in the language main chose for it. */
export function BreakView() {
  return (
    <LanguageRoot kind="break">
      <BreakLoader />
    </LanguageRoot>
  );
}

/** Asks main for the prompt, then runs its routine. */
function BreakLoader() {
  const api = useApi();
  const t = useText();
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
        <p>{t('break.none')}</p>
      </main>
    );
  if (load.state === 'error') {
    return (
      <main className="break">
        <p role="alert">{t('break.loadError', { reason: load.message })}</p>
      </main>
    );
  }
  // The cards look exercises up only in what main sent with this prompt.
  return (
    <ExerciseLookupProvider exercises={load.prompt.catalogue ?? NO_EXERCISES}>
      <BreakRoutine prompt={load.prompt} />
    </ExerciseLookupProvider>
  );
}
