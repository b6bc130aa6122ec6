import type { WeekSummary } from '../../shared/domain';
import { useFormats, useText } from '../common/i18n/use-text';
import { useMinutesLabel } from './labels';

/** The week's key figures (a labelled region, read first) and the others after them. */
export function WeekFigures({ summary }: { summary: WeekSummary }) {
  const t = useText();
  const formats = useFormats();
  const getMinutesLabel = useMinutesLabel();
  const rate =
    summary.completionRate === null
      ? '—'
      : formats.percent(Math.round(summary.completionRate * 100) / 100);
  const figures: [string, string][] = [
    [t('summary.figures.completion'), rate],
    [t('summary.figures.care'), getMinutesLabel(summary.careSeconds)],
    [
      t('summary.figures.daysWithCare'),
      t('summary.figures.daysOf', { days: summary.daysWithCare }),
    ],
    [
      t('summary.figures.streak'),
      t('summary.streak', { days: summary.streakDays, forgiven: summary.streakForgiven ?? 0 }),
    ],
  ];
  const more: [string, string][] = [
    [t('summary.figures.natural'), String(summary.naturalBreaks)],
    [t('summary.figures.boutsOver60'), String(summary.sitting.boutsOver60)],
    [t('summary.figures.standing'), getMinutesLabel(summary.sitting.standingSeconds ?? 0)],
    [t('summary.figures.held'), String(summary.heldBreaks ?? 0)],
  ];
  return (
    <>
      <section aria-label={t('summary.figures.label')}>
        <FigureList figures={figures} />
      </section>
      <FigureList figures={more} className="figures figures-more" />
    </>
  );
}

function FigureList({
  figures,
  className = 'figures',
}: {
  figures: [string, string][];
  className?: string;
}) {
  return (
    <dl className={className}>
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
