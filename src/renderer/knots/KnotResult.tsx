import { FINDER_SEE_PROFESSIONAL, findKnotSpot } from '../../shared/knot-spots';
import { KNOT_SPOT_IDS, type KnotEntry, type KnotOverview } from '../../shared/knots';
import { useFormats, useSourceText, useText } from '../common/i18n/use-text';
import { KnotChangeList, useSpotInSentence } from './KnotChanges';

/** What the finder shows once saved: the marks, what changed, and when to see someone. */
export function KnotResult({
  marks,
  overview,
}: {
  marks: KnotEntry['marks'];
  overview: KnotOverview;
}) {
  const marked = KNOT_SPOT_IDS.filter((id) => marks[id] !== undefined);
  const tender = marked.filter((id) => (marks[id] ?? 0) > 0);
  const t = useText();
  const say = useSourceText();
  const formats = useFormats();
  const inSentence = useSpotInSentence();
  return (
    <>
      {marked.length === 0 ? (
        <p>{t('knots.skippedAll')}</p>
      ) : (
        <ul aria-label={t('knots.marks')}>
          {marked.map((id) => (
            <li key={id}>
              {t('knots.mark', { spot: say(findKnotSpot(id).name), level: marks[id] ?? 0 })}
            </li>
          ))}
        </ul>
      )}
      <p>
        {tender.length > 0
          ? t('knots.favour', {
              spots: formats.list(tender.map((id) => inSentence(findKnotSpot(id).name))),
            })
          : t('knots.noneTender')}
      </p>
      <KnotChangeList changes={overview.changes} />
      {tender.some((id) => marks[id] === 2) && <p>{say(FINDER_SEE_PROFESSIONAL)}</p>}
    </>
  );
}
