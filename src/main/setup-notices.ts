import { app } from 'electron';
import { join } from 'node:path';
import type { BreakNotice, EngineInput } from '../core/engine-types';
import { getBreakNoticeText, getNoticeInput } from '../core/notice-text';
import { APP_ID } from './app-id';
import { formatNotice } from './i18n';
import type { DbusSession } from './platform/dbus-session';
import { supportsNoticeActions, writeNoticeIcon } from './platform/notifications';
import { createPlatformNotifier } from './platform/platform-notifier';
import type { DesktopNotifier } from './ports';
import { renderTrayIconPng } from './tray-icon';

export interface NoticeSetup {
  /** The one notifier: break notices here, the weekly summary's too. */
  notifier: DesktopNotifier;
  /** The controller's showNotice port: core's notice as text, its answer dispatched. */
  showNotice(notice: BreakNotice): void;
}

/**
 * Desktop notices with Snooze / Start now where the platform delivers actions (the
 * session bus on Linux; see platform-notifier.ts), the app's own icon on each.
 */
export function setupNotices(deps: {
  dbus: DbusSession | null;
  dispatch: (input: EngineInput) => void;
}): NoticeSetup {
  const notifier = createPlatformNotifier({
    appName: 'Unknot',
    appId: APP_ID,
    dbus: deps.dbus,
    icon: writeNoticeIcon(
      join(app.getPath('userData'), 'notice-icon.png'),
      renderTrayIconPng({ size: 64, state: { kind: 'due' }, variant: 'light' }),
    ),
  });
  const withActions = supportsNoticeActions(process.platform, deps.dbus !== null);
  return {
    notifier,
    showNotice(notice) {
      const text = formatNotice(getBreakNoticeText(notice, withActions));
      notifier.show(text.notice, (response) => {
        // The notifier answers with the action's shown label; core wants its key.
        const action = response.type === 'action' ? text.actionFor(response.action) : null;
        const input = getNoticeInput(
          response.type !== 'action'
            ? response
            : action
              ? { type: 'action', action }
              : { type: 'dismissed' },
        );
        if (input) deps.dispatch(input);
      });
    },
  };
}
