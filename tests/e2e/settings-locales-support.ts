import type { Page } from 'playwright-core';

/**
 * Text a person sees that skipped the message layer. The pseudo-locales accent every
 * Latin letter, so a plain ASCII letter left in a visible text node, an option or an
 * aria-label was never translated. Code (a command, the data folder's path) stays as
 * written, so does text marked as written in another language (`lang`, a cited title),
 * and so does what the person typed (input values are not text nodes).
 */
export function findUntranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const plain = /[A-Za-z]/;
    const asWritten = ['code', '[aria-hidden="true"]', 'body [lang]'].join(', ');
    const shown = (element: Element) =>
      element.closest(asWritten) === null &&
      (element.tagName === 'OPTION' || element.getClientRects().length > 0);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (parent && plain.test(text) && shown(parent)) found.add(text.slice(0, 80));
    }
    for (const element of document.body.querySelectorAll('[aria-label]')) {
      const label = element.getAttribute('aria-label') ?? '';
      if (plain.test(label) && shown(element)) found.add(`aria-label "${label.slice(0, 80)}"`);
    }
    return [...found];
  });
}

/** Where the side list sits against the page: "start" is left in LTR, right in RTL. */
export function sideListEdge(page: Page): Promise<'left' | 'right'> {
  return page.evaluate(() => {
    const nav = document.querySelector('.settings-layout nav')?.getBoundingClientRect();
    const main = document.querySelector('main.settings')?.getBoundingClientRect();
    if (!nav || !main) throw new Error('no side list or page');
    return nav.left < main.left ? 'left' : 'right';
  });
}
