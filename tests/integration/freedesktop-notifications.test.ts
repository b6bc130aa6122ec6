import { sessionBus } from '@jellybrick/dbus-next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDbusSession, type DbusSession } from '../../src/main/platform/dbus-session';
import { createFreedesktopNotifier } from '../../src/main/platform/freedesktop-notifications';
import type { NoticeResponse } from '../../src/main/ports';
import { failInCi, hasCommand } from '../support/desktop-session';
import { startPrivateDunst, type PrivateDunst } from '../support/private-dunst';
import { announceSkip } from '../support/skip-notice';
import { tempDirPerTest } from '../support/temp-dir';

function getSkip(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  if (!process.env.DISPLAY) return 'no X display (run under `xvfb-run -a`, as .ci/run does)';
  for (const command of ['dbus-daemon', 'dunst', 'dunstctl']) {
    if (!hasCommand(command)) return `${command} is not installed (apt-get install dunst dbus-x11)`;
  }
  return null;
}

const skip = failInCi('notice actions', getSkip());
announceSkip('notice actions (org.freedesktop.Notifications → dunst)', skip);
const tempDir = tempDirPerTest('unknot-dunst-');

describe.skipIf(skip !== null)(
  `notice buttons and clicks through a real dunst${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dunst: PrivateDunst;
    let session: DbusSession;
    beforeEach(async () => {
      dunst = await startPrivateDunst(tempDir());
      session = createDbusSession(() => sessionBus({ busAddress: dunst.address }));
    });
    afterEach(() => {
      session.close();
      dunst.stop();
    });

    /** Shows the pre-break notice and waits until dunst displays it. */
    async function showNotice(): Promise<{ answers: NoticeResponse[]; pending: () => number }> {
      const notifier = createFreedesktopNotifier({ session, appName: 'Unknot' });
      const answers: NoticeResponse[] = [];
      notifier.show(
        {
          title: 'Posture break in 1 minute',
          body: 'Finish your sentence.',
          actions: ['Snooze', 'Start now'],
        },
        (response) => answers.push(response),
      );
      await expect.poll(() => notifier.pending, { timeout: 5000 }).toBe(1);
      await expect.poll(async () => (await dunst.dunstctl('count', 'displayed')).trim()).toBe('1');
      return { answers, pending: () => notifier.pending };
    }

    it.each(['Snooze', 'Start now'])('hears the "%s" button chosen in dunst', async (label) => {
      const { answers, pending } = await showNotice();
      dunst.pickNext(label);
      await dunst.dunstctl('context');
      await expect
        .poll(() => answers, { timeout: 5000 })
        .toEqual([{ type: 'action', action: label }]);
      expect(pending()).toBe(0);
    });

    it('hears a click on the notice as "open the break"', async () => {
      const { answers } = await showNotice();
      await dunst.dunstctl('action', '0');
      await expect.poll(() => answers, { timeout: 5000 }).toEqual([{ type: 'click' }]);
    });

    it('hears the notice closed by the person as dismissed, once', async () => {
      const { answers, pending } = await showNotice();
      await dunst.dunstctl('close');
      await expect.poll(() => answers, { timeout: 5000 }).toEqual([{ type: 'dismissed' }]);
      expect(pending()).toBe(0);
    });
  },
);
