import { sit, stand } from './figure/poses';
import { SOURCES } from './sources';
import type { Exercise } from './types';

const MOVE_STOP_IF = [
  'Chest pain or tightness, or unusual breathlessness: stop and get help',
  'Dizziness',
];

const MOVE_WHY =
  'ANSES (2025) advises 3–5 minutes of light to moderate movement every 30 minutes of sitting (Unknot’s movement break comes once an hour by default: you can make it more often in Settings), and simply standing is not enough (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); evidence on pain is weaker.';

/** Movement breaks: the walk, and seated alternatives that also suit a wheelchair. */
export const MOVEMENT: readonly Exercise[] = [
  {
    id: 'walk',
    name: 'Easy walk',
    area: 'whole-body',
    kind: 'movement',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 180,
    steps: [
      'Stand up and walk at an easy to moderate pace: to a window, the stairs or the kitchen.',
      'Let your arms swing and your shoulders relax.',
      'Breathe a little faster than at your desk, but keep it easy enough to talk.',
    ],
    feel: 'Warm and loosened up; you can still talk comfortably.',
    stopIf: MOVE_STOP_IF,
    why: MOVE_WHY,
    sources: [SOURCES.anses2025, SOURCES.cornell],
    evidence: 'moderate',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({
          leftHip: 22,
          leftKnee: 6,
          leftAnkle: 6,
          rightHip: -14,
          rightKnee: 12,
          rightAnkle: -12,
          leftShoulder: -18,
          rightShoulder: 22,
          leftElbow: 20,
          rightElbow: 25,
        }),
        stand({
          rightHip: 22,
          rightKnee: 6,
          rightAnkle: 6,
          leftHip: -14,
          leftKnee: 12,
          leftAnkle: -12,
          rightShoulder: -18,
          leftShoulder: 22,
          rightElbow: 20,
          leftElbow: 25,
        }),
      ],
      highlight: 'whole-body',
      props: [],
    },
    illustrationAlt: 'Side view: a person walking with arms swinging.',
  },
  {
    id: 'seated-marching',
    name: 'Seated marching',
    area: 'whole-body',
    kind: 'movement',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 180,
    steps: [
      'Sit tall near the front of your chair or wheelchair, feet on the floor or footplates.',
      'Lift one knee, then the other, at a brisk, comfortable pace, swinging your arms.',
      'Keep going for the whole time; if lifting the legs is not possible, swing the arms only.',
    ],
    feel: 'Warm and a little out of breath; you can still talk comfortably.',
    stopIf: MOVE_STOP_IF,
    why: MOVE_WHY,
    sources: [SOURCES.anses2025, SOURCES.cornell],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [
        sit({
          leftHip: 115,
          leftKnee: 95,
          leftShoulder: -10,
          rightShoulder: 40,
          leftElbow: 90,
          rightElbow: 90,
        }),
        sit({
          rightHip: 115,
          rightKnee: 95,
          rightShoulder: -10,
          leftShoulder: 40,
          leftElbow: 90,
          rightElbow: 90,
        }),
      ],
      highlight: 'whole-body',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt: 'Side view: a seated person lifts one knee and then the other, arms swinging.',
  },
  {
    id: 'arm-cycling',
    name: 'Seated arm circles',
    area: 'whole-body',
    kind: 'movement',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 180,
    steps: [
      'Sit tall in your chair or wheelchair, feet or footplates steady.',
      'Make big, brisk circles with both arms, as if pedalling a bicycle with your hands.',
      'Change direction every 30 seconds and keep a pace at which you can still talk.',
    ],
    feel: 'Warm shoulders and a slightly faster breath.',
    stopIf: MOVE_STOP_IF,
    why: MOVE_WHY,
    sources: [SOURCES.anses2025, SOURCES.cornell],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [
        sit({ leftShoulder: 60, rightShoulder: 120, leftElbow: 70, rightElbow: 20 }),
        sit({ leftShoulder: 120, rightShoulder: 60, leftElbow: 20, rightElbow: 70 }),
        sit({ leftShoulder: 90, rightShoulder: 30, leftElbow: 10, rightElbow: 90 }),
      ],
      highlight: 'whole-body',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt:
      'Side view: a seated person circles both arms in front of the body, like pedalling with the hands.',
  },
];
