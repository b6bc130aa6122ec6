import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useText } from '../common/i18n/use-text';
import type { SettingsPage } from './pages';

/**
 * The side list: one link per page, the current one marked with aria-current. Every
 * link is in the Tab order; Up/Down, Home and End move between them too.
 */
export function SettingsNav({
  pages,
  current,
}: {
  pages: readonly SettingsPage[];
  current: string;
}) {
  const t = useText();
  const list = useRef<HTMLUListElement>(null);
  // In the narrow layout the list scrolls sideways: keep the current page's link in view.
  useEffect(() => {
    list.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.findIndex((link) => link === document.activeElement);
    if (at < 0) return;
    const target = {
      ArrowDown: Math.min(at + 1, links.length - 1),
      ArrowRight: Math.min(at + 1, links.length - 1),
      ArrowUp: Math.max(at - 1, 0),
      ArrowLeft: Math.max(at - 1, 0),
      Home: 0,
      End: links.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    links[target]?.focus();
  };
  return (
    <nav aria-label={t('settings.nav.label')} onKeyDown={onKeyDown}>
      <ul ref={list}>
        {pages.map((page) => (
          <li key={page.id}>
            <a href={`#${page.id}`} aria-current={page.id === current ? 'page' : undefined}>
              {t(page.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
