import { powerMonitor } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sessionBus } from '@jellybrick/dbus-next';
import { getIdleSourceOrder } from '../../core/idle-chain';
import { createDbusSession, type DbusSession } from './dbus-session';
import { createIdleReader, type IdleReader } from './idle';
import {
  createMutterIdleSource,
  createPowerMonitorIdleSource,
  createScreenSaverIdleSource,
} from './idle-dbus';
import { createMutterReturnWatch, type ReturnWatch } from './idle-watch';

/** The session bus address: the environment's, or systemd's default socket. */
function getSessionBusAddress(): string | null {
  const fromEnv = process.env.DBUS_SESSION_BUS_ADDRESS;
  if (fromEnv) return fromEnv;
  const runtime = process.env.XDG_RUNTIME_DIR;
  if (runtime && existsSync(join(runtime, 'bus'))) return `unix:path=${join(runtime, 'bus')}`;
  return null;
}

export interface SystemIdle {
  reader: IdleReader;
  /** The app's one session-bus connection (null off Linux or without a bus). */
  dbus: DbusSession | null;
  /** Hears a return at once where Mutter's IdleMonitor runs; null without a session bus. */
  returnWatch: ReturnWatch | null;
}

/** The idle chain for this machine: powerMonitor, Mutter and ScreenSaver in core's order. */
export function setupIdle(): SystemIdle {
  const sessionType = process.env.XDG_SESSION_TYPE ?? null;
  const address = process.platform === 'linux' ? getSessionBusAddress() : null;
  const dbus = address ? createDbusSession(() => sessionBus({ busAddress: address })) : null;
  const order = getIdleSourceOrder({
    platform: process.platform,
    sessionType,
    hasSessionBus: dbus !== null,
  });
  const sources = [createPowerMonitorIdleSource(() => powerMonitor.getSystemIdleTime())];
  if (dbus) sources.push(createMutterIdleSource(dbus), createScreenSaverIdleSource(dbus));
  const reader = createIdleReader({
    order,
    sources,
    watchStuckZero: process.platform === 'linux' && sessionType === 'wayland',
  });
  return { reader, dbus, returnWatch: dbus ? createMutterReturnWatch(dbus) : null };
}
