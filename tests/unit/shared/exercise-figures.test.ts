import { describe, expect, it } from 'vitest';
import { EXERCISES, type Exercise } from '../../../src/shared/exercises';
import { CANVAS } from '../../../src/shared/exercises/figure/body';
import { getCentreX, layOutBody } from '../../../src/shared/exercises/figure/kinematics';
import { getImpossibleAngles, JOINT_LIMITS } from '../../../src/shared/exercises/figure/limits';
import { interpolatePose, stand } from '../../../src/shared/exercises/figure/poses';
import { getRegionSpot, REGIONS } from '../../../src/shared/exercises/figure/regions';
import { getBallCentre, getPropShapes } from '../../../src/shared/exercises/figure/props';

const cases = EXERCISES.map((e) => [e.id, e] as const);

function layouts(exercise: Exercise) {
  const centre = getCentreX(exercise.figure);
  return exercise.figure.poses.map((pose) => layOutBody(exercise.figure, pose, centre));
}

function first(exercise: Exercise) {
  const layout = layouts(exercise)[0];
  if (!layout) throw new Error(`${exercise.id} has no pose`);
  return layout;
}

describe('the figure model behind every drawing', () => {
  it.each(cases)('%s: 2–4 key poses, each one a body can take', (_id, exercise) => {
    const { poses, view } = exercise.figure;
    expect(poses.length).toBeGreaterThanOrEqual(2);
    expect(poses.length).toBeLessThanOrEqual(4);
    for (const pose of poses) expect(getImpossibleAngles(view, pose)).toEqual([]);
    // Poses in between are possible too: every angle moves inside its own range.
    const [first, second] = poses;
    if (first && second) {
      expect(getImpossibleAngles(view, interpolatePose(first, second, 0.5))).toEqual([]);
    }
  });

  it.each(cases)('%s: highlights a region of its own body area', (_id, exercise) => {
    expect(REGIONS[exercise.figure.highlight].area).toBe(exercise.area);
  });

  it.each(cases)('%s: stays inside the drawing and on its support', (_id, exercise) => {
    for (const layout of layouts(exercise)) {
      for (const segment of layout.segments) {
        for (const point of [segment.from, segment.to]) {
          expect(point.x).toBeGreaterThan(0);
          expect(point.x).toBeLessThan(CANVAS.size);
          expect(point.y).toBeGreaterThan(0);
          expect(point.y).toBeLessThanOrEqual(CANVAS.floorY);
        }
      }
      if (exercise.figure.support === 'feet') {
        const j = layout.joints;
        const lowest = Math.max(
          j.leftAnkle.y + 4,
          j.rightAnkle.y + 4,
          j.leftToe.y + 2,
          j.rightToe.y + 2,
          j.leftKnee.y + 5,
          j.rightKnee.y + 5,
        );
        expect(lowest).toBeCloseTo(CANVAS.floorY, 5);
      }
    }
  });

  it('rejects a pose a body cannot take', () => {
    expect(getImpossibleAngles('side', stand({ leftKnee: -20 }))).toEqual([
      `leftKnee -20° (${JOINT_LIMITS.side.leftKnee.min}…${JOINT_LIMITS.side.leftKnee.max})`,
    ]);
    expect(getImpossibleAngles('front', stand({ neck: 80 }))).toHaveLength(1);
    expect(getImpossibleAngles('side', stand({ rightHip: Number.NaN }))).toHaveLength(1);
  });

  it('marks the front of the hip for hip-flexor stretches, the buttock for glute work', () => {
    for (const exercise of EXERCISES.filter((e) => e.figure.view === 'side')) {
      for (const layout of layouts(exercise)) {
        const spot = getRegionSpot(layout, exercise.figure.highlight).centre;
        const pelvis = layout.joints.pelvis;
        // The person faces right (+x): in front of the pelvis is the hip's front.
        if (exercise.figure.highlight === 'hip-front') expect(spot.x).toBeGreaterThan(pelvis.x);
        if (exercise.figure.highlight === 'glute') expect(spot.x).toBeLessThan(pelvis.x);
        if (exercise.figure.highlight === 'lower-back') expect(spot.x).toBeLessThan(pelvis.x);
      }
    }
  });

  it('keeps the inner-shoulder-blade ball off the spine, with the arms crossed as the steps say', () => {
    const exercise = EXERCISES.find((e) => e.id === 'ball-inner-shoulder-blade');
    if (!exercise) throw new Error('missing');
    const last = layouts(exercise).at(-1);
    if (!last) throw new Error('no pose');
    const ball = getBallCentre(last, { on: 'inner-shoulder-blade' }, CANVAS.ballRadius);
    const spineX = (last.joints.waist.x + last.joints.neckBase.x) / 2;
    expect(Math.abs(ball.x - spineX)).toBeGreaterThanOrEqual(CANVAS.ballRadius);
    expect(exercise.steps.join(' ')).toMatch(/cross your arms/);
    // Crossed: each hand is past the middle, on the other side of the body.
    expect(Math.sign(last.joints.leftHand.x - spineX)).toBe(
      -Math.sign(last.joints.leftShoulder.x - spineX),
    );
  });

  it('puts the seated hamstring heel on the floor, not in the air', () => {
    const exercise = EXERCISES.find((e) => e.id === 'seated-hamstring-stretch');
    if (!exercise) throw new Error('missing');
    for (const layout of layouts(exercise)) {
      expect(layout.joints.leftAnkle.y + 4).toBeGreaterThan(CANVAS.floorY - 6);
    }
  });

  it('draws the two ball-on-shoulder holds differently: one on the shoulder blade, one above it', () => {
    const blade = EXERCISES.find((e) => e.id === 'ball-shoulder-blade-wall');
    const top = EXERCISES.find((e) => e.id === 'ball-upper-trapezius-wall');
    if (!blade || !top) throw new Error('missing');
    const bladeBall = getBallCentre(first(blade), { on: blade.figure.highlight }, 7);
    const topBall = getBallCentre(first(top), { on: top.figure.highlight }, 7);
    expect(bladeBall.y - topBall.y).toBeGreaterThan(8);
  });

  it.each(cases.filter(([, e]) => e.figure.props.some((p) => p.kind === 'ball')))(
    '%s: the ball sits on the highlighted spot, against the wall when there is one',
    (_id, exercise) => {
      for (const layout of layouts(exercise)) {
        const shapes = getPropShapes(layout, exercise.figure.props);
        const ball = shapes.find((s) => s.className === 'fig-ball');
        const spot = getRegionSpot(layout, exercise.figure.highlight);
        if (ball?.kind !== 'circle') throw new Error('no ball drawn');
        expect(Math.hypot(ball.x - spot.centre.x, ball.y - spot.centre.y)).toBeLessThanOrEqual(
          ball.r + 0.01,
        );
        const wall = shapes.find((s) => s.className === 'fig-wall');
        if (wall?.kind === 'rect') expect(wall.x + wall.width).toBeCloseTo(ball.x - ball.r, 5);
      }
    },
  );
});
