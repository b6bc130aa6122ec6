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
