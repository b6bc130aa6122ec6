import { sit, sitFront, stand } from './figure/poses';
import { ALWAYS_STOP_IF, SOURCES } from './sources';
import type { Exercise } from './types';

const NECK_STRETCH_WHY =
  'Neck and shoulder stretching twice a day lowered pain by 1.4 points in office workers who already had chronic neck pain (Tunwattanapong et al. 2016, RCT: a treatment, not prevention); stretching plus endurance training roughly halved new neck pain over a year (Sihawong et al. 2014).';

/** The neck: stretches and the chin-tuck hold. */
export const NECK: readonly Exercise[] = [
  {
    id: 'neck-side-bend',
    name: 'Neck side bend',
    area: 'neck',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Sit or stand tall and let your shoulders drop.',
      'Tilt your head toward your {other} shoulder without lifting that shoulder.',
      'Let your {side} arm hang, or hold the seat with your {side} hand, to deepen the stretch a little.',
      'Hold gently; do not pull on your head or press on the neck.',
    ],
    feel: 'A mild stretch along the {side} side of the neck and the top of the shoulder.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain or tingling running down the arm'],
    why: NECK_STRETCH_WHY,
    sources: [SOURCES.tunwattanapong2016, SOURCES.sihawong2014],
    evidence: 'moderate',
    figure: {
      view: 'front',
      support: 'feet',
      poses: [stand(), stand({ neck: -32, leftShoulder: 8 })],
      highlight: 'neck-side',
      props: [],
    },
    illustrationAlt:
      'Front view: a person tilts the head away from the worked side, ear toward the other shoulder, both shoulders low.',
  },
  {
    id: 'levator-scapulae-stretch',
    name: 'Levator scapulae stretch',
    area: 'neck',
    kind: 'stretch',
    equipment: ['chair'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Sit tall and hold the side of the seat with your {side} hand.',
      'Turn your head about halfway toward your {other} armpit and look down toward it.',
      'Rest your {other} hand on the back of your head and let its weight add a little stretch; do not pull.',
      'Hold, breathing slowly, then lift your head back up gently.',
    ],
    feel: 'A mild stretch at the back of the neck on the {side} side, down toward the shoulder blade.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain or tingling running down the arm'],
    why: NECK_STRETCH_WHY,
    sources: [SOURCES.tunwattanapong2016, SOURCES.sihawong2014],
    evidence: 'moderate',
    figure: {
      view: 'front',
      support: 'seat',
      poses: [
        sitFront({ leftShoulder: 14, leftElbow: 0 }),
        sitFront({
          neck: -28,
          leftShoulder: 14,
          leftElbow: 0,
          rightShoulder: 150,
          rightElbow: 115,
        }),
      ],
      highlight: 'levator',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt:
      'Front view: a seated person holds the seat with one hand and, with the other hand on the back of the head, lowers the head toward the opposite armpit.',
  },
  {
    id: 'chin-tuck-hold',
    name: 'Chin-tuck hold',
    area: 'neck',
    kind: 'strength',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 30,
    steps: [
      'Sit tall with your eyes level and your shoulders relaxed.',
      'Glide your chin straight back, as if making a double chin; do not tip your head down.',
      'Hold each tuck for 5 seconds, relax for 1, and repeat until the time is up.',
    ],
    feel: 'Gentle work deep at the front of the neck and a light stretch at the base of the skull.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain or tingling running down the arm'],
    why: 'Neck endurance training was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and for office neck pain strengthening beats stretching (Louw et al. 2017, review).',
    sources: [SOURCES.sihawong2014, SOURCES.louw2017],
    evidence: 'moderate',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [sit({ neck: -6 }), sit({ neck: 14 })],
      highlight: 'neck-back',
      props: [{ kind: 'chair' }],
    },
    easier: 'Hold each tuck for 3 seconds, or rest your head against a high chair back.',
    harder: 'Hold each tuck for up to 10 seconds.',
    illustrationAlt: 'Side view: a seated person draws the chin straight back, eyes level.',
  },
];
