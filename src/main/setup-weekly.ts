import { showAppWindow } from './platform/app-windows';
import type { DesktopNotifier } from './ports';
import type { MainServices } from './services';
import { setupServicesWeeklySummary, type WeeklySummaryScheduler } from './weekly-summary';

/** The weekly summary notice at the chosen weekday and time; a click opens the summary. */
export function setupWeekly(deps: {
  services: MainServices;
  notifier: DesktopNotifier;
  timeZone: string;
  locale: string;
}): WeeklySummaryScheduler {
  return setupServicesWeeklySummary(deps.services, {
    notifier: deps.notifier,
    timeZone: deps.timeZone,
    locale: deps.locale,
    openSummaryWindow: () => showAppWindow('summary'),
  });
}
