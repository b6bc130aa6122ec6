import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What has focus, as "role:name" (e.g. "button:Next", "radio:pregnancy:Yes"). */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    if (el instanceof HTMLInputElement) {
      const label = el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? '';
      if (el.type === 'radio') return `radio:${el.name}:${label}`;
      return `${el.type}:${el.getAttribute('aria-label') ?? label}`;
    }
    if (el instanceof HTMLButtonElement) return `button:${el.textContent?.trim() ?? ''}`;
    if (el instanceof HTMLSelectElement)
      return `select:${el.labels?.[0]?.textContent?.trim() ?? ''}`;
    if (el instanceof HTMLAnchorElement) return `link:${el.textContent?.trim() ?? ''}`;
    return `${el.tagName.toLowerCase()}:${el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/**
 * Presses Tab until `target` has focus, proving it is reachable by keyboard alone.
 * Throws with the path taken when it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, target: string, limit = 60): Promise<void> {
  const seen: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (focus === target) return;
    seen.push(focus);
  }
  throw new Error(`"${target}" not reached by Tab; focus went: ${seen.join(' → ')}`);
}

/** axe-core's serious and critical violations on the page, as "id: help (n nodes)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Tabs through the whole page once and returns every enabled control that never got
 * focus: an empty list means everything is reachable by keyboard alone.
 */
export async function unreachableByTab(page: Page, limit = 400): Promise<string[]> {
  const count = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      // :disabled also covers controls inside a disabled fieldset.
      'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)',
    );
    controls.forEach((control, index) => {
      control.dataset.kbd = String(index);
      control.addEventListener('focus', () => (control.dataset.kbdSeen = 'yes'), { once: true });
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  });
  if (count === 0) throw new Error('unreachableByTab: the page has no controls to reach');
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const left = await page.evaluate(
      () => document.querySelectorAll('[data-kbd]:not([data-kbd-seen])').length,
    );
    if (left === 0) return [];
  }
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-kbd]:not([data-kbd-seen])')].map((control) =>
      control.outerHTML.slice(0, 120),
    ),
  );
}
