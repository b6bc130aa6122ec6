import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium may be: an explicit path, Debian's package, then Playwright's own. */
function candidates(): string[] {
  const list = [
    process.env.CHROMIUM_PATH ?? '',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  try {
    list.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed; the system one will do.
  }
  return list.filter((path) => path !== '');
}

export type ChromiumLookup = { path: string; skip: null } | { path: null; skip: string };

/** Finds a Chromium to drive. In CI a missing browser is an error, not a skip. */
export function findChromium(): ChromiumLookup {
  const path = candidates().find((candidate) => existsSync(candidate));
  if (path) return { path, skip: null };
  const reason = 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)';
  if (process.env.CI) throw new Error(`browser e2e cannot run in CI: ${reason}`);
  return { path: null, skip: reason };
}

export async function launchChromium(path: string): Promise<Browser> {
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
