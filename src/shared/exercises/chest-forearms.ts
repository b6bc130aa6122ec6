import { sit, stand } from './figure/poses';
import { PRESSURE_FEEL, PRESSURE_HARDER, PRESSURE_SOURCES, PRESSURE_WHY } from './pressure-text';
import { ALWAYS_STOP_IF, SOURCES } from './sources';
import type { Exercise } from './types';

const WRIST_WHY =
  'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial tested forearm stretches for typing, so the evidence for them is weak.';

/** The chest, and the forearms and wrists that type and hold the mouse. */
export const CHEST_FOREARMS: readonly Exercise[] = [
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    area: 'chest',
    kind: 'stretch',
    equipment: ['doorway'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Stand in a doorway and rest your {side} forearm on the frame, elbow at shoulder height.',
      'Step forward with your {side} leg until you feel a gentle stretch across the chest.',
      'Keep your shoulders down and breathe.',
    ],
    feel: 'A mild stretch across the front of the chest and shoulder, never pain.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain in the front of the shoulder'],
    why: 'A one-arm doorway stretch lengthened the pectoralis minor the most of three stretches (Borstad & Ludewig 2006) and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial shows it prevents knots.',
    sources: [SOURCES.borstad2006, SOURCES.bandy1994],
    evidence: 'moderate',
    figure: {
      view: 'front',
      support: 'feet',
      poses: [stand(), stand({ leftShoulder: 88, leftElbow: 90, trunk: -4 })],
      highlight: 'chest',
      props: [{ kind: 'doorway', dx: 48 }],
    },
    illustrationAlt:
      'Front view: a person in a doorway rests one forearm on the frame at shoulder height, then leans through to stretch the chest.',
  },
  {
    id: 'hands-behind-back-chest-opener',
    name: 'Hands-behind-back chest opener',
    area: 'chest',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 30,
    steps: [
      'Stand tall with your feet hip-width apart.',
      'Clasp your hands behind your lower back.',
      'Draw your shoulder blades back and down and lift your chest.',
      'Keep your chin level and breathe slowly.',
    ],
    feel: 'A mild stretch across the chest and the front of the shoulders.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain in the front of the shoulder'],
    why: 'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021); no trial tested this stretch at a desk, so the evidence for it is weak.',
    sources: [SOURCES.acsm2021],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({ leftShoulder: -20, rightShoulder: -20, leftElbow: 20, rightElbow: 20 }),
        stand({ spine: -8, leftShoulder: -45, rightShoulder: -45, leftElbow: 10, rightElbow: 10 }),
      ],
      highlight: 'chest',
      props: [],
    },
    illustrationAlt:
      'Side view: a person stands tall with hands clasped behind the lower back and the chest lifted.',
  },
  {
    id: 'wrist-flexor-stretch',
    name: 'Forearm and wrist flexor stretch',
    area: 'forearms',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm facing away.',
      'Let your fingers point up, and with your {other} hand draw them gently back toward you.',
      'Stop at a mild stretch along the inside of the forearm and hold.',
    ],
    feel: 'A mild stretch along the palm side of the forearm, from wrist to elbow.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain at the wrist or the inner elbow'],
    why: WRIST_WHY,
    sources: [SOURCES.acsm2021, SOURCES.bandy1994],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({ leftShoulder: 90, leftElbow: 0, leftWrist: 20 }),
        stand({ leftShoulder: 90, leftElbow: 0, leftWrist: 65, rightShoulder: 78, rightElbow: 22 }),
      ],
      highlight: 'forearm-front',
      props: [],
    },
    illustrationAlt:
      'Side view: a person holds one arm straight out, fingers up, and draws the fingers back with the other hand.',
  },
  {
    id: 'wrist-extensor-stretch',
    name: 'Forearm and wrist extensor stretch',
    area: 'forearms',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm down.',
      'Let your hand drop so the fingers point down.',
      'With your {other} hand, press the back of the hand gently toward you until the top of the forearm stretches; hold.',
    ],
    feel: 'A mild stretch along the back of the forearm, toward the outer elbow.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain at the wrist or the outer elbow'],
    why: WRIST_WHY,
    sources: [SOURCES.acsm2021, SOURCES.bandy1994],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({ leftShoulder: 90, leftElbow: 0, leftWrist: -20 }),
        stand({
          leftShoulder: 90,
          leftElbow: 0,
          leftWrist: -70,
          rightShoulder: 78,
          rightElbow: 28,
        }),
      ],
      highlight: 'forearm-back',
      props: [],
    },
    illustrationAlt:
      'Side view: a person holds one arm straight out, hand bent down, pressing the back of the hand gently with the other hand.',
  },
  {
    id: 'forearm-ball-desk',
    name: 'Forearm on a ball at the desk',
    area: 'forearms',
    kind: 'pressure',
    equipment: ['ball'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Sit at your desk and put the ball on the desktop.',
      'Rest the fleshy top third of your {side} forearm on it, palm down, a hand-width below the elbow.',
      'Let the arm’s weight sink in to about 5–7 out of 10; press down with the other hand only if you need more.',
      'Hold on a tender spot and breathe; keep off the bony points of the elbow and the wrist.',
    ],
    feel: PRESSURE_FEEL,
    stopIf: [...ALWAYS_STOP_IF, 'Tingling into the fingers: move the ball'],
    why: PRESSURE_WHY,
    sources: PRESSURE_SOURCES,
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [sit({ leftShoulder: 38, leftElbow: 52 }), sit({ leftShoulder: 46, leftElbow: 44 })],
      highlight: 'forearm-front',
      props: [{ kind: 'chair' }, { kind: 'ball', on: 'forearm-front' }, { kind: 'table' }],
    },
    easier: 'Let the arm rest more lightly, or use a softer ball.',
    harder: PRESSURE_HARDER,
    illustrationAlt:
      'Side view: a person sits at a desk with one forearm resting on a ball on the desktop.',
  },
];
