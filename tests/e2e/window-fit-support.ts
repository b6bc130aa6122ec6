import type { Locator, Page } from 'playwright-core';
import { WINDOW_SIZES } from '../../src/shared/window-sizes';
import type { WindowKind } from '../../src/shared/domain';

/** A window's real size and its minimum, as main opens it (shared/window-sizes.ts). */
export function windowSizes(kind: WindowKind): { label: string; width: number; height: number }[] {
  const size = WINDOW_SIZES[kind];
  return [
    { label: 'real', width: size.width, height: size.height },
    { label: 'min', width: size.minWidth, height: size.minHeight },
  ];
}

/** 200% text zoom as a person sets it: every rem and em doubles, the window does not. */
export async function setTextZoom(page: Page, percent: number): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.style.fontSize = `${(16 * value) / 100}px`;
  }, percent);
}

/**
 * What does not fit, as sentences: each essential must be visible and wholly inside
 * the viewport with the page unscrolled, and nothing may overflow to the right.
 */
export async function findFitProblems(
  page: Page,
  essentials: Record<string, Locator>,
): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: window.innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
  }));
  if (viewport.scrollWidth > viewport.width) {
    problems.push(`page is ${viewport.scrollWidth} px wide in a ${viewport.width} px window`);
  }
  for (const [name, locator] of Object.entries(essentials)) {
    const box = await locator.first().boundingBox();
    if (!box) {
      problems.push(`${name} is not shown`);
      continue;
    }
    const inside =
      box.x >= -1 &&
      box.y >= -1 &&
      box.x + box.width <= viewport.width + 1 &&
      box.y + box.height <= viewport.height + 1;
    if (!inside) {
      problems.push(
        `${name} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} is outside ${viewport.width}×${viewport.height}`,
      );
    }
    const cover = await locator.first().evaluate(findPinnedCover);
    if (cover) problems.push(`${name} is hidden under the pinned ${cover}`);
  }
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const found: string[] = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= limit) continue;
      // Content inside a box that scrolls sideways by design (a wide table) is fine.
      let clipped = false;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const overflowX = getComputedStyle(up).overflowX;
        if (overflowX !== 'visible' && up.getBoundingClientRect().right <= limit) clipped = true;
      }
      if (!clipped) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    return found.slice(0, 5);
  });
  for (const element of wide) problems.push(`${element} overflows to the right`);
  return problems;
}

/**
 * A pinned (sticky or fixed) element that lies over `target`, as "tag.class", or null:
 * a pinned action bar must never cover what the window has to show.
 */
function findPinnedCover(target: Element): string | null {
  const box = target.getBoundingClientRect();
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    if (element.contains(target) || target.contains(element)) continue;
    const position = getComputedStyle(element).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const pinned = element.getBoundingClientRect();
    const overlaps =
      pinned.left < box.right - 1 &&
      pinned.right > box.left + 1 &&
      pinned.top < box.bottom - 1 &&
      pinned.bottom > box.top + 1;
    if (overlaps) return `${element.tagName.toLowerCase()}.${element.className}`;
  }
  return null;
}
