import type { Page } from 'playwright-core';

/** Helpers of view-locales.test.ts: what a page shows outside the pseudo-locale, and how. */

/**
 * Visible text that did not go through the message layer: after taking away digits,
 * punctuation, the RTL marks and the pseudo-locale's accented letters, a plain ASCII
 * letter is left. Dates (`<time>`, `[data-date]`) and list joins are Intl's own words; text in another
 * language on purpose (`[lang]`: the language names, cited page titles) is skipped.
 */
export function findUntranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = 'time, [data-date], [lang]:not(html), script, style';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Intl joins lists with the format locale's own words ("a, b or c").
      const text = (node.textContent ?? '').replace(/\],? (and|or) \[/g, '] [');
      if (/[A-Za-z]/.test(text)) found.push(text.trim());
    }
    for (const element of document.body.querySelectorAll('[aria-label]')) {
      if (element.closest(skip)) continue;
      const label = element.getAttribute('aria-label') ?? '';
      if (/[A-Za-z]/.test(label)) found.push(`aria-label: ${label}`);
    }
    return found.slice(0, 8);
  });
}

/**
 * Elements that stick out of the window on either side (RTL overflows to the left),
 * unless a box that scrolls sideways by design (a wide table) holds them.
 */
export function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`page is ${document.documentElement.scrollWidth} px wide in ${width} px`);
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || (rect.left >= -1 && rect.right <= width + 1)) continue;
      let held = false;
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') held = true;
      }
      if (!held) {
        const at = `${Math.round(rect.left)}–${Math.round(rect.right)}`;
        found.push(`${element.tagName.toLowerCase()}.${element.className} at ${at}`);
      }
    }
    return found.slice(0, 5);
  });
}

/**
 * Which side the first heading's words start from, inside its own box: 'start-left'
 * for left-to-right text, 'start-right' when the layout is mirrored. A centred heading
 * (the finish card's) has no start edge to measure: there its own direction says it.
 */
export function getHeadingSide(page: Page): Promise<string> {
  return page.evaluate(() => {
    const heading = document.querySelector('h1');
    if (!heading) return 'no heading';
    const range = document.createRange();
    range.selectNodeContents(heading);
    const style = getComputedStyle(heading);
    if (style.textAlign.includes('center')) {
      return style.direction === 'rtl' ? 'start-right' : 'start-left';
    }
    const words = range.getBoundingClientRect();
    // Measured against the window's main box: a heading in a flex row hugs its words.
    const box = (heading.closest('main') ?? document.body).getBoundingClientRect();
    const leftGap = words.left - box.left;
    const rightGap = box.right - words.right;
    return leftGap <= rightGap ? 'start-left' : 'start-right';
  });
}

/** Waits until the page's root says it speaks `dir`, i.e. its LanguageRoot has rendered. */
export async function waitForDirection(page: Page, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      document.documentElement.dir === expected && document.querySelector('h1') !== null,
    dir,
  );
}
