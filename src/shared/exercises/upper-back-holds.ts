import { stand } from './figure/poses';
import type { Pose } from './figure/types';
import {
  PRESSURE_EASIER,
  PRESSURE_FEEL,
  PRESSURE_HARDER,
  PRESSURE_SOURCES,
  PRESSURE_WHY,
} from './pressure-text';
import { ALWAYS_STOP_IF, SOURCES } from './sources';
import type { Exercise } from './types';

const leanOnWall = (knees: number): Partial<Pose> => ({
  trunk: -7,
  leftHip: knees / 2,
  rightHip: knees / 2,
  leftKnee: knees,
  rightKnee: knees,
  leftAnkle: knees / 2,
  rightAnkle: knees / 2,
});

/** Arms crossed over the chest, as seen from the front or back: spreads the shoulder blades. */
const ARMS_CROSSED: Partial<Pose> = {
  leftShoulder: -28,
  leftElbow: -125,
  rightShoulder: -28,
  rightElbow: -125,
};

/** Ball and roller holds for the shoulder blades and the upper back. */
export const UPPER_BACK_HOLDS: readonly Exercise[] = [
  {
    id: 'ball-shoulder-blade-wall',
    name: 'Ball between shoulder blade and wall',
    area: 'upper-back',
    kind: 'pressure',
    equipment: ['ball', 'wall'],
    sides: 'both',
    holdSeconds: 45,
    steps: [
      'Stand with your back to a wall, feet a small step away from it.',
      'Put a firm ball between the wall and the muscle over your {side} shoulder blade, not on the spine.',
      'Lean back until the pressure is about 5–7 out of 10.',
      'Hold still on the tender spot and breathe slowly; ease off early if it softens.',
    ],
    feel: PRESSURE_FEEL,
    stopIf: [...ALWAYS_STOP_IF, 'The ball slides onto your spine: move it back onto the muscle'],
    why: PRESSURE_WHY,
    sources: PRESSURE_SOURCES,
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [stand(leanOnWall(6)), stand(leanOnWall(20))],
      highlight: 'shoulder-blade',
      props: [{ kind: 'wall' }, { kind: 'ball', on: 'shoulder-blade' }],
    },
    easier: PRESSURE_EASIER,
    harder: PRESSURE_HARDER,
    illustrationAlt:
      'Side view: a person leans back against a wall, a ball between the middle of one shoulder blade and the wall.',
  },
  {
    id: 'ball-inner-shoulder-blade',
    name: 'Ball along the inner edge of the shoulder blade',
    area: 'upper-back',
    kind: 'pressure',
    equipment: ['ball', 'wall'],
    sides: 'both',
    holdSeconds: 45,
    steps: [
      'Stand with your back to a wall and cross your arms over your chest to spread your shoulder blades.',
      'Place the ball beside the inner edge of your {side} shoulder blade, a finger-width off the spine.',
      'Bend your knees slightly to move the ball slowly until you find a tender spot.',
      'Stop there and lean in to about 5–7 out of 10; hold and breathe.',
    ],
    feel: PRESSURE_FEEL,
    stopIf: [
      ...ALWAYS_STOP_IF,
      'Pressure on the spine itself: keep the ball on the muscle beside it',
    ],
    why: PRESSURE_WHY,
    sources: PRESSURE_SOURCES,
    evidence: 'weak',
    figure: {
      view: 'back',
      support: 'feet',
      poses: [
        stand(),
        stand(ARMS_CROSSED),
        stand({ ...ARMS_CROSSED, leftKnee: 20, rightKnee: 20 }),
      ],
      highlight: 'inner-shoulder-blade',
      props: [{ kind: 'wall' }, { kind: 'ball', on: 'inner-shoulder-blade' }],
    },
    easier: PRESSURE_EASIER,
    harder: PRESSURE_HARDER,
    illustrationAlt:
      'Back view, through the wall: arms crossed over the chest, a ball beside the inner edge of one shoulder blade, off the spine.',
  },
  {
    id: 'foam-roller-upper-back-wall',
    name: 'Foam roller between upper back and wall',
    area: 'upper-back',
    kind: 'pressure',
    equipment: ['foamRoller', 'wall'],
    sides: 'one',
    holdSeconds: 45,
    steps: [
      'Hold a foam roller across your upper back, level with your shoulder blades, and lean it against a wall.',
      'Step your feet a little forward and lean back into it, arms crossed over your chest.',
      'Bend your knees slowly to find a tender band of muscle, then hold still there at about 5–7 out of 10.',
      'Keep it on the muscle of the upper back, off the spine’s bony points, never on the lower back or the neck.',
    ],
    feel: PRESSURE_FEEL,
    stopIf: [...ALWAYS_STOP_IF, 'Pressure on the lower back or the neck: move the roller'],
    why: 'Static pressure on a foam roller for 90 s raised pressure tolerance on the calf within the group, without a difference between groups (Wilke et al. 2018); rolling sets of 30–120 s are usual (Konrad et al. 2022): the evidence for pain is weak.',
    sources: [SOURCES.wilke2018, SOURCES.konrad2022],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [stand(leanOnWall(10)), stand(leanOnWall(28))],
      highlight: 'mid-back',
      props: [{ kind: 'roller', under: 'mid-back' }],
    },
    easier: 'Stand closer to the wall so you lean in less.',
    harder: 'Step further out, never past 7 out of 10.',
    illustrationAlt:
      'Side view: a person leans back against a foam roller held between the upper back and a wall, knees bent.',
  },
];
