import type { InvokeHandlers } from '../../shared/ipc';
import type { HandlerContext } from './context';

/** The settings window's view of which global shortcuts the OS refused. */
export function createShortcutHandlers({
  shortcutRefusals,
}: HandlerContext): Pick<InvokeHandlers, 'getShortcutRefusals'> {
  return { getShortcutRefusals: () => shortcutRefusals.list() };
}
