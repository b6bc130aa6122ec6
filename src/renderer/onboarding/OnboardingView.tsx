import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import { useApi } from '../common/api';
import { OnboardingFlow } from './OnboardingFlow';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; settings: Settings }
  | { state: 'done'; settings: Settings; skipped: boolean }
  | { state: 'error'; message: string };

/** The first-run window. */
export function OnboardingView() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    api.getSettings().then(
      (snapshot) => setLoad({ state: 'ready', settings: snapshot.settings }),
      (error: unknown) => setLoad({ state: 'error', message: String(error) }),
    );
  }, [api]);
  useEffect(() => {
    if (load.state === 'done') doneHeading.current?.focus();
  }, [load.state]);

  if (load.state === 'loading') return <main className="onboarding" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main className="onboarding">
        <p role="alert">Unknot could not load your settings: {load.message}</p>
      </main>
    );
  }
  if (load.state === 'done') {
    return (
      <main className="onboarding" aria-labelledby="done-title">
        <h1 id="done-title" tabIndex={-1} ref={doneHeading}>
          {load.skipped ? 'Maybe later' : 'You are all set'}
        </h1>
        <p>
          {load.skipped
            ? 'You can go through the welcome and the safety check any time from Settings, under Safety.'
            : 'Unknot is in your tray and will suggest your first break after a while of sitting. You can change everything in Settings.'}
        </p>
        <button type="button" className="primary" onClick={() => window.close()}>
          Close
        </button>
      </main>
    );
  }
  return (
    <OnboardingFlow
      api={api}
      initial={load.settings}
      onDone={(settings, skipped) => setLoad({ state: 'done', settings, skipped })}
    />
  );
}
