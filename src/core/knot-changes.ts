import {
  KNOT_SPOT_IDS,
  type KnotCheck,
  type KnotOverview,
  type KnotSpotChange,
  type Tenderness,
} from '../shared/knots';
import { getLatestMarks } from './knot-weighting';

/** The overview the windows show: the latest mark per spot and the last change of each. */
export function getKnotOverview(checks: readonly KnotCheck[]): KnotOverview {
  return { latest: getLatestMarks(checks), changes: getKnotChanges(checks) };
}

/**
 * How each spot changed between the last two checks that marked it: eased (less tender),
 * the same, or worse. A spot marked at one check only has nothing to compare, so it is
 * left out. Checks may come in any order; the spots keep the catalogue order.
 */
export function getKnotChanges(checks: readonly KnotCheck[]): KnotSpotChange[] {
  const ordered = [...checks].sort((a, b) => a.at - b.at);
  const changes: KnotSpotChange[] = [];
  for (const spot of KNOT_SPOT_IDS) {
    const marks = ordered.flatMap((check) => {
      const tenderness = check.marks[spot];
      return tenderness === undefined ? [] : [{ tenderness, at: check.at }];
    });
    if (marks.length < 2) continue;
    const before = marks[marks.length - 2];
    const after = marks[marks.length - 1];
    if (!before || !after) continue;
    changes.push({
      spot,
      change: compare(before.tenderness, after.tenderness),
      from: before.tenderness,
      to: after.tenderness,
      fromAt: before.at,
      toAt: after.at,
    });
  }
  return changes;
}

function compare(from: Tenderness, to: Tenderness): KnotSpotChange['change'] {
  if (to < from) return 'eased';
  return to > from ? 'worse' : 'same';
}

/** The spots that eased, for the summary's one line. */
export function getEasedSpots(changes: readonly KnotSpotChange[]): KnotSpotChange[] {
  return changes.filter((change) => change.change === 'eased');
}
