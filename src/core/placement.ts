export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  id: number;
  /** The whole display, for a dim overlay. */
  bounds: Rect;
  /** Without panels and docks, for the break window. */
  workArea: Rect;
}

export interface BreakPlacement {
  window: Rect;
  /** One per other display when dimming is on; empty otherwise. */
  overlays: Rect[];
}

/**
 * The break window centred on the display with the pointer (shrunk to fit a small
 * one), and a dim overlay over each other display if asked.
 */
export function getBreakPlacement(
  displays: readonly DisplayArea[],
  pointerDisplayId: number,
  size: { width: number; height: number },
  dimOthers: boolean,
): BreakPlacement {
  const target = displays.find((display) => display.id === pointerDisplayId) ?? displays[0];
  if (!target) return { window: { x: 0, y: 0, ...size }, overlays: [] };
  const area = target.workArea;
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    window: {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    },
    overlays: dimOthers
      ? displays.filter((display) => display.id !== target.id).map((display) => display.bounds)
      : [],
  };
}
