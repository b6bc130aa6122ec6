import type { Page } from 'playwright-core';

/** Every page the settings side list offers, by the hash its link sets. */
export function settingsPageIds(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Settings pages' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').slice(1)));
}

/**
 * Legends that cross their fieldset's border: each legend's box must lie inside the
 * fieldset's border box, below its top border, or the border strikes through it.
 */
export function findLegendCollisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const legend of document.querySelectorAll('fieldset > legend')) {
      const fieldset = legend.parentElement;
      if (!fieldset || legend.getBoundingClientRect().height === 0) continue;
      const box = fieldset.getBoundingClientRect();
      const style = getComputedStyle(fieldset);
      const top = box.top + parseFloat(style.borderTopWidth);
      const left = box.left + parseFloat(style.borderLeftWidth);
      const right = box.right - parseFloat(style.borderRightWidth);
      const text = legend.getBoundingClientRect();
      if (text.top < top - 0.5 || text.left < left - 0.5 || text.right > right + 0.5) {
        const lineHeight = parseFloat(getComputedStyle(legend).lineHeight) || 24;
        const lines = Math.round(text.height / lineHeight);
        found.push(
          `"${legend.textContent?.slice(0, 40) ?? ''}" (${lines} lines) at ${Math.round(text.top)} crosses the border at ${Math.round(top)}`,
        );
      }
    }
    return found;
  });
}

/**
 * Chooses a time ('HH:MM', 24-hour) in one of the settings' time fields (ClockTimeInput),
 * named `name`: hour, minute and, on a 12-hour clock, AM/PM, as a person picks them.
 */
export async function chooseTime(page: Page, name: string, time: string): Promise<void> {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const parts = page.getByRole('group', { name, exact: true }).getByRole('combobox');
  if ((await parts.count()) === 3) {
    await parts.nth(2).selectOption(hour >= 12 ? 'pm' : 'am');
    await parts.nth(0).selectOption(String(hour % 12 || 12));
  } else {
    await parts.nth(0).selectOption(String(hour));
  }
  await parts.nth(1).selectOption(String(minute));
}
