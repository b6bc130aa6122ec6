import { useEffect, useRef, useState } from 'react';
import type { SettingsSnapshot } from '../../shared/domain';
import type { UnknotApi } from '../../shared/ipc';
import { useApi } from '../common/api';
import { LanguageRoot } from '../common/i18n/LanguageRoot';
import { useText } from '../common/i18n/use-text';
import { useProblemText } from '../common/problem-text';
import { applyTheme } from '../common/theme';
import { OnboardingFlow } from '../onboarding/OnboardingFlow';
import { getPageFromHash, SETTINGS_PAGES } from './pages';
import { SaveFeedback } from './SaveFeedback';
import { SettingsNav } from './SettingsNav';
import { useSettingsEditor } from './use-settings';
import './settings.css';

/** The settings window, in the language main chose for it. */
export function SettingsView() {
  return (
    <LanguageRoot kind="settings">
      <SettingsLoader />
    </LanguageRoot>
  );
}

/** Loads the settings once; then every change applies at once. */
function SettingsLoader() {
  const api = useApi();
  const t = useText();
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.getSettings().then(setSnapshot, (reason: unknown) => setError(String(reason)));
  }, [api]);
  if (error) {
    return (
      <main className="settings">
        <p role="alert">{t('settings.loadFailed', { error })}</p>
      </main>
    );
  }
  if (!snapshot) return <main className="settings" aria-busy="true" />;
  return <SettingsForm api={api} snapshot={snapshot} />;
}

/** The page the URL hash names; a new hash (a link, Back, a deep link) moves focus to its heading. */
function useCurrentPage() {
  const [page, setPage] = useState(() => getPageFromHash(window.location.hash));
  const moved = useRef(false);
  useEffect(() => {
    const follow = () => {
      moved.current = true;
      setPage(getPageFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (moved.current) document.getElementById(`${page.id}-title`)?.focus();
  }, [page]);
  return page;
}

function SettingsForm({ api, snapshot }: { api: UnknotApi; snapshot: SettingsSnapshot }) {
  const t = useText();
  const describe = useProblemText();
  const editor = useSettingsEditor(api, snapshot);
  const [onboarding, setOnboarding] = useState(false);
  const page = useCurrentPage();
  const theme = editor.saved.theme;
  useEffect(() => applyTheme(theme), [theme]);

  if (onboarding) {
    return (
      <OnboardingFlow
        api={api}
        initial={editor.saved}
        onDone={(settings) => {
          editor.accept(settings);
          setOnboarding(false);
        }}
      />
    );
  }
  return (
    <div className="settings-root">
      <div className="settings-layout">
        <SettingsNav pages={SETTINGS_PAGES} current={page.id} />
        <main className="settings">
          <h1>{t('settings.title')}</h1>
          <SaveFeedback feedback={editor.feedback} />
          {!snapshot.idleAvailable && (
            <p className="notice" role="status">
              {t('settings.idleUnavailable')}
            </p>
          )}
          {snapshot.problems.length > 0 && (
            <div className="notice" role="status">
              <p>{t('settings.fileProblems')}</p>
              <ul>
                {snapshot.problems.map((problem) => (
                  <li key={`${problem.path}:${problem.message}`}>
                    {problem.path
                      ? t('settings.fileProblem', {
                          path: problem.path,
                          message: describe(problem),
                        })
                      : t('settings.fileProblemWhole', { message: describe(problem) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {page.render({ api, editor, snapshot, startOnboarding: () => setOnboarding(true) })}
          <footer className="settings-footer">
            <button type="button" onClick={() => void editor.reset('all')}>
              {t('settings.resetAll')}
            </button>
            <p className="hint">{t('settings.footer')}</p>
          </footer>
        </main>
      </div>
    </div>
  );
}
