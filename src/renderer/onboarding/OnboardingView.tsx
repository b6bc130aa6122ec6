import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import { useApi } from '../common/api';
import { LanguageRoot } from '../common/i18n/LanguageRoot';
import { useText } from '../common/i18n/use-text';
import { OnboardingFlow } from './OnboardingFlow';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; settings: Settings }
  | { state: 'done'; settings: Settings; skipped: boolean }
  | { state: 'error'; message: string };

/** The first-run window, in the language main chose for it. */
export function OnboardingView() {
  return (
    <LanguageRoot kind="onboarding">
      <OnboardingWindow />
    </LanguageRoot>
  );
}

function OnboardingWindow() {
  const api = useApi();
  const t = useText();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    api.getSettings().then(
      (snapshot) => setLoad({ state: 'ready', settings: snapshot.settings }),
      (error: unknown) => setLoad({ state: 'error', message: String(error) }),
    );
  }, [api]);
  useLayoutEffect(() => {
    if (load.state === 'done') doneHeading.current?.focus();
  }, [load.state]);

  if (load.state === 'loading') return <main className="onboarding" aria-busy="true" />;
  if (load.state === 'error') {
    return (
      <main className="onboarding">
        <p role="alert">{t('onboarding.loadFailed', { error: load.message })}</p>
      </main>
    );
  }
  if (load.state === 'done') {
    return (
      <main className="onboarding" aria-labelledby="done-title">
        <h1 id="done-title" tabIndex={-1} ref={doneHeading}>
          {t(load.skipped ? 'onboarding.later.title' : 'onboarding.done.title')}
        </h1>
        <p>{t(load.skipped ? 'onboarding.later.body' : 'onboarding.done.body')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => window.close()}>
            {t('onboarding.close')}
          </button>
        </div>
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
