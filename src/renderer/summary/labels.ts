import { useCallback } from 'react';
import type { AreaCare, Outcome } from '../../shared/domain';
import type { MessageId } from '../../shared/i18n/messages/en';
import { useText } from '../common/i18n/use-text';

/** "12 min", "45 s", "1 h 05 min", in the window's language. */
export function useMinutesLabel(): (seconds: number) => string {
  const t = useText();
  return useCallback(
    (seconds: number) => {
      if (seconds < 60) return t('duration.seconds', { seconds: Math.round(seconds) });
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return t('duration.minutes', { minutes });
      return t('duration.hoursMinutes', {
        hours: Math.floor(minutes / 60),
        minutes: String(minutes % 60).padStart(2, '0'),
      });
    },
    [t],
  );
}

export const OUTCOME_LABELS: Record<Outcome, MessageId> = {
  completed: 'summary.outcome.completed',
  partial: 'summary.outcome.partial',
  natural: 'summary.outcome.natural',
  skipped: 'summary.outcome.skipped',
  snoozed: 'summary.outcome.snoozed',
  missed: 'summary.outcome.missed',
};

export const AREA_LABELS: Record<AreaCare['area'], MessageId> = {
  'upper-back': 'summary.area.upperBack',
  shoulders: 'summary.area.shoulders',
  neck: 'summary.area.neck',
  chest: 'summary.area.chest',
  forearms: 'summary.area.forearms',
  'lower-back': 'summary.area.lowerBack',
  hips: 'summary.area.hips',
  glutes: 'summary.area.glutes',
  legs: 'summary.area.legs',
  'whole-body': 'summary.area.wholeBody',
  other: 'summary.area.other',
};
