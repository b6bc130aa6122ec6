import { TENSION_AREAS, type TensionAreaId } from '../../shared/tension';

/** Rough outlines of each area on a front-and-back figure, in a 200×240 box. */
const SHAPES: Record<TensionAreaId, { x: number; y: number; w: number; h: number }> = {
  neck: { x: 88, y: 38, w: 24, h: 14 },
  shoulders: { x: 58, y: 52, w: 84, h: 14 },
  upperBack: { x: 72, y: 66, w: 56, h: 30 },
  chest: { x: 72, y: 66, w: 56, h: 16 },
  lowerBack: { x: 76, y: 96, w: 48, h: 26 },
  hips: { x: 72, y: 122, w: 56, h: 16 },
  glutes: { x: 74, y: 138, w: 52, h: 18 },
  legs: { x: 76, y: 156, w: 48, h: 76 },
};

/**
 * A simple body map. Clicking an area toggles it; the checkboxes beside it are the
 * accessible controls, so the drawing itself is hidden from assistive technology.
 */
export function BodyMap({
  selected,
  onToggle,
}: {
  selected: readonly TensionAreaId[];
  onToggle: (area: TensionAreaId) => void;
}) {
  return (
    <svg className="body-map" viewBox="0 0 200 240" width="160" aria-hidden="true">
      <circle cx="100" cy="22" r="16" className="outline" />
      {TENSION_AREAS.map(({ id }) => {
        const shape = SHAPES[id];
        return (
          <rect
            key={id}
            data-area={id}
            x={shape.x}
            y={shape.y}
            width={shape.w}
            height={shape.h}
            rx={6}
            className={selected.includes(id) ? 'area on' : 'area'}
            onClick={() => onToggle(id)}
          />
        );
      })}
    </svg>
  );
}
