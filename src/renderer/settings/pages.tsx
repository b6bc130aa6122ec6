import type { ReactNode } from 'react';
import type { SettingsSnapshot } from '../../shared/domain';
import type { MessageId } from '../../shared/i18n/messages/en';
import type { UnknotApi } from '../../shared/ipc';
import { TensionCheckIn } from '../tension/TensionCheckIn';
import { AppearanceSection } from './sections/AppearanceSection';
import { BreaksSection } from './sections/BreaksSection';
import { CalendarSection } from './sections/CalendarSection';
import { DataSection } from './sections/DataSection';
import { EquipmentSection } from './sections/EquipmentSection';
import { FocusSettings } from './sections/FocusSettings';
import { SafetySection } from './sections/SafetySection';
import { ShortcutsSection } from './sections/ShortcutsSection';
import { SoundSection } from './sections/SoundSection';
import { WorkingHoursSection } from './sections/WorkingHoursSection';
import { ProgrammeSection } from './programme/ProgrammeSection';
import { ReleaseSessionPart } from './ReleaseSessionPart';
import { Section } from './Section';
import type { SettingsEditor } from './use-settings';
import { useText } from '../common/i18n/use-text';

/** What every page may use; a page takes only what it needs. */
export interface PageContext {
  api: UnknotApi;
  editor: SettingsEditor;
  snapshot: SettingsSnapshot;
  /** Opens the welcome and safety check again, over the settings. */
  startOnboarding(): void;
}

export interface SettingsPage {
  /** The URL hash (#id) and the section's id. */
  id: string;
  /** The side list's link text. */
  label: MessageId;
  render(context: PageContext): ReactNode;
}

/**
 * The settings pages in side-list order. A page is one entry here; its component
 * renders a <Section id={id}> whose title is the page heading.
 */
export const SETTINGS_PAGES: readonly SettingsPage[] = [
  {
    id: 'breaks',
    label: 'settings.nav.breaks',
    render: ({ editor, api }) => (
      <BreaksSection editor={editor}>
        <FocusSettings editor={editor} api={api} />
      </BreaksSection>
    ),
  },
  {
    id: 'working-hours',
    label: 'settings.nav.workingHours',
    render: ({ editor }) => <WorkingHoursSection editor={editor} />,
  },
  {
    id: 'equipment',
    label: 'settings.nav.equipment',
    render: ({ editor }) => <EquipmentSection editor={editor} />,
  },
  {
    id: 'safety',
    label: 'settings.nav.safety',
    render: ({ editor, api, startOnboarding }) => (
      <SafetySection editor={editor} api={api} onSafetyCheck={startOnboarding} />
    ),
  },
  {
    id: 'programme',
    label: 'settings.nav.programme',
    render: ({ editor, api }) => (
      <>
        <ProgrammeSection editor={editor} api={api} />
        <ReleaseSessionPart editor={editor} />
      </>
    ),
  },
  {
    id: 'tension',
    label: 'settings.nav.tension',
    render: ({ api }) => <TensionPage api={api} />,
  },
  {
    id: 'sound',
    label: 'settings.nav.sound',
    render: ({ editor }) => <SoundSection editor={editor} />,
  },
  {
    id: 'shortcuts',
    label: 'settings.nav.shortcuts',
    render: ({ editor, api }) => <ShortcutsSection editor={editor} api={api} />,
  },
  {
    id: 'calendar',
    label: 'settings.nav.calendar',
    render: ({ editor }) => <CalendarSection editor={editor} />,
  },
  {
    id: 'appearance',
    label: 'settings.nav.appearance',
    render: ({ editor, snapshot }) => (
      <AppearanceSection editor={editor} dimSupported={snapshot.dimOverlaySupported !== false} />
    ),
  },
  {
    id: 'data',
    label: 'settings.nav.data',
    render: ({ api, snapshot }) => <DataSection api={api} dataFolder={snapshot.dataFolder} />,
  },
];

function TensionPage({ api }: { api: UnknotApi }) {
  const t = useText();
  return (
    <Section id="tension" title={t('settings.tension.title')}>
      <TensionCheckIn api={api} />
    </Section>
  );
}

/** The page a URL hash names, or the first page for an empty or unknown hash. */
export function getPageFromHash(hash: string): SettingsPage {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return SETTINGS_PAGES.find((page) => page.id === id) ?? (SETTINGS_PAGES[0] as SettingsPage);
}
