import { TENSION_AREAS, type TensionAreaId } from '../../shared/tension';
import { useText } from '../common/i18n/use-text';

type Box = { x: number; y: number; w: number; h: number };

/** Where each area sits: on the front figure (left) or the back figure (right). */
const AREAS: Record<TensionAreaId, Box> = {
  neck: { x: 52, y: 34, w: 16, h: 10 },
  shoulders: { x: 30, y: 46, w: 60, h: 12 },
  chest: { x: 40, y: 60, w: 40, h: 24 },
  hips: { x: 40, y: 112, w: 40, h: 16 },
  legs: { x: 40, y: 132, w: 40, h: 92 },
  upperBack: { x: 160, y: 48, w: 40, h: 36 },
  lowerBack: { x: 160, y: 88, w: 40, h: 22 },
  glutes: { x: 160, y: 112, w: 40, h: 20 },
};

/** A plain standing figure centred on `cx`. */
function Figure({ cx, caption }: { cx: number; caption: string }) {
  return (
    <g className="outline">
      <circle cx={cx} cy={20} r={13} />
      <rect x={cx - 24} y={44} width={48} height={86} rx={14} />
      <rect x={cx - 36} y={48} width={10} height={70} rx={5} />
      <rect x={cx + 26} y={48} width={10} height={70} rx={5} />
      <rect x={cx - 20} y={128} width={18} height={98} rx={7} />
      <rect x={cx + 2} y={128} width={18} height={98} rx={7} />
      <text x={cx} y={238} textAnchor="middle" className="caption">
        {caption}
      </text>
    </g>
  );
}

/**
 * A simple body map, front and back. Clicking an area toggles it; the checkboxes
 * beside it are the accessible controls, so the drawing is hidden from assistive tech.
 */
export function BodyMap({
  selected,
  onToggle,
}: {
  selected: readonly TensionAreaId[];
  onToggle: (area: TensionAreaId) => void;
}) {
  const t = useText();
  return (
    <svg className="body-map" viewBox="0 0 240 244" width="220" aria-hidden="true">
      <Figure cx={60} caption={t('common.tension.front')} />
      <Figure cx={180} caption={t('common.tension.back')} />
      {TENSION_AREAS.map(({ id }) => {
        const box = AREAS[id];
        return (
          <rect
            key={id}
            data-area={id}
            x={box.x}
            y={box.y}
            width={box.w}
            height={box.h}
            rx={6}
            className={selected.includes(id) ? 'area on' : 'area'}
            onClick={() => onToggle(id)}
          />
        );
      })}
    </svg>
  );
}
