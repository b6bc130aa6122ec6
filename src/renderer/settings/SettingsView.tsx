import { IDLE_UNAVAILABLE_TEXT } from '../../core/idle-chain';
import { useEffect, useState } from 'react';
import type { SettingsSnapshot } from '../../shared/domain';
import type { UnknotApi } from '../../shared/ipc';
import { useApi } from '../common/api';
import { applyTheme } from '../common/theme';
import { OnboardingFlow } from '../onboarding/OnboardingFlow';
import { TensionCheckIn } from '../tension/TensionCheckIn';
import { AppearanceSection } from './sections/AppearanceSection';
import { BreaksSection } from './sections/BreaksSection';
import { CalendarSection } from './sections/CalendarSection';
import { DataSection } from './sections/DataSection';
import { EquipmentSection } from './sections/EquipmentSection';
import { SafetySection } from './sections/SafetySection';
import { ShortcutsSection } from './sections/ShortcutsSection';
import { SoundSection } from './sections/SoundSection';
import { WorkingHoursSection } from './sections/WorkingHoursSection';
import { useSettingsEditor } from './use-settings';
import './settings.css';

const NAV = [
  ['breaks', 'Breaks'],
  ['working-hours', 'Working hours'],
  ['equipment', 'Equipment'],
  ['safety', 'Safety'],
  ['tension', 'Tension'],
  ['sound', 'Sounds'],
  ['shortcuts', 'Shortcuts'],
  ['calendar', 'Start-up and week'],
  ['appearance', 'Appearance'],
  ['data', 'Your data'],
] as const;

/** The settings window: loads the settings once, then every change applies at once. */
export function SettingsView() {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.getSettings().then(setSnapshot, (reason: unknown) => setError(String(reason)));
  }, [api]);
  if (error) {
    return (
      <main className="settings">
        <p role="alert">Unknot could not load your settings: {error}</p>
      </main>
    );
  }
  if (!snapshot) return <main className="settings" aria-busy="true" />;
  return <SettingsForm api={api} snapshot={snapshot} />;
}

function SettingsForm({ api, snapshot }: { api: UnknotApi; snapshot: SettingsSnapshot }) {
  const editor = useSettingsEditor(api, snapshot);
  const [onboarding, setOnboarding] = useState(false);
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
    <div className="settings-layout">
      <nav aria-label="Settings sections">
        <ul>
          {NAV.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="settings">
        <h1>Settings</h1>
        <p className="hint">Changes apply as soon as they are valid.</p>
        {!snapshot.idleAvailable && (
          <p className="notice" role="status">
            {IDLE_UNAVAILABLE_TEXT}: this desktop does not tell Unknot when you last typed or moved
            the mouse, so time away from the computer is not noticed.
          </p>
        )}
        {snapshot.problems.length > 0 && (
          <div className="notice" role="status">
            <p>Some settings in your settings file could not be used and were reset:</p>
            <ul>
              {snapshot.problems.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  {problem.path || 'the file'}: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {editor.failure && <p role="alert">{editor.failure}</p>}
        <BreaksSection editor={editor} />
        <WorkingHoursSection editor={editor} />
        <EquipmentSection editor={editor} />
        <SafetySection editor={editor} api={api} onSafetyCheck={() => setOnboarding(true)} />
        <section id="tension" className="settings-section" aria-labelledby="tension-title">
          <h2 id="tension-title">Tension check-in</h2>
          <TensionCheckIn api={api} />
        </section>
        <SoundSection editor={editor} />
        <ShortcutsSection editor={editor} />
        <CalendarSection editor={editor} />
        <AppearanceSection editor={editor} />
        <DataSection api={api} dataFolder={snapshot.dataFolder} />
        <button type="button" onClick={() => void editor.reset('all')}>
          Reset all settings to defaults
        </button>
        <p className="hint">Resetting never changes your safety answers.</p>
      </main>
    </div>
  );
}
