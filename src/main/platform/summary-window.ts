import { createAppWindow, findWindow } from './windows';

/** Opens the summary window, or brings the open one forward. Destroyed on close. */
export function openSummaryWindow(): void {
  const open = findWindow('summary');
  if (open && !open.isDestroyed()) {
    open.show();
    open.focus();
    return;
  }
  const window = createAppWindow('summary', {
    width: 900,
    height: 820,
    minWidth: 520,
    minHeight: 480,
    title: 'Unknot — your week',
    autoHideMenuBar: true,
  });
  window.once('ready-to-show', () => window.show());
}
