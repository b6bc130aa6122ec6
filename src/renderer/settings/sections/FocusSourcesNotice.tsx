import { useEffect, useState } from 'react';
import type { UnknotApi } from '../../../shared/ipc';
import type { FocusSourceName } from '../../../shared/ipc-focus';
import { FormattedMessage } from 'react-intl';
import { useText } from '../../common/i18n/use-text';

/**
 * Says what Unknot watches to hold breaks during calls, presentations and
 * do-not-disturb on this computer, or that it watches nothing here, and that the
 * tray's "In a meeting" and `unknot --meeting 60` hold breaks either way.
 */

/** What a source watches, as the `settings.focus.source` message names it. */
export type FocusTopic =
  'inhibitor' | 'kde' | 'gnome' | 'camera' | 'fullscreen' | 'windows' | 'cameraMicrophone';

const SOURCE_TOPIC: Record<FocusSourceName, FocusTopic> = {
  'gnome-inhibitor': 'inhibitor',
  'power-inhibit': 'inhibitor',
  'kde-notifications': 'kde',
  'gnome-dnd': 'gnome',
  camera: 'camera',
  'x11-fullscreen': 'fullscreen',
  'windows-notification-state': 'windows',
  'windows-camera-microphone': 'cameraMicrophone',
  'macos-camera-microphone': 'cameraMicrophone',
};

/** What the sources watch, each said once, in the order main listed them. */
export function getFocusTopics(working: readonly FocusSourceName[]): FocusTopic[] {
  return [...new Set(working.map((name) => SOURCE_TOPIC[name]))];
}

const MANUAL = (
  <FormattedMessage
    id="settings.focus.manual"
    values={{ code: (chunks) => <code>{chunks}</code> }}
  />
);

export function FocusSourcesNotice({ api }: { api: UnknotApi }) {
  const t = useText();
  const [working, setWorking] = useState<FocusSourceName[] | null>(null);
  const [unknown, setUnknown] = useState(false);
  useEffect(() => {
    let live = true;
    api.getFocusSources().then(
      (view) => live && setWorking(view.working),
      () => live && setUnknown(true),
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (unknown) {
    return <p className="hint">{t('settings.focus.unknown')}</p>;
  }
  if (working === null) return null;
  const topics = getFocusTopics(working);
  if (topics.length === 0) {
    return (
      <p className="notice" data-testid="focus-sources">
        {t('settings.focus.none')} {MANUAL}
      </p>
    );
  }
  return (
    <div className="hint" data-testid="focus-sources">
      <p>{t('settings.focus.intro')}</p>
      <ul>
        {topics.map((topic) => (
          <li key={topic}>{t('settings.focus.source', { source: topic })}</li>
        ))}
      </ul>
      <p>{MANUAL}</p>
    </div>
  );
}
