import { halfKneel, sit, stand } from './figure/poses';
import { ALWAYS_STOP_IF, SOURCES } from './sources';
import type { Exercise } from './types';

const BACK_WHY =
  'Breaks with a change of posture ease discomfort and, in some trials, low back pain (Waongenngarm et al. 2018, systematic review); stretches held 10–30 s are the standard dose (ACSM 2021). No trial tested this move on its own, so the evidence for it is weak.';

const HIP_FLEXOR_WHY =
  'A lunge with the pelvis tucked is common physiotherapy advice, often 2 × 30 s per side; Unknot gives one 30 s hold per side in a break, since 30 s works as well as 60 s and once a day as well as three times (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Weak evidence: no trial is specific to sitting.';

/** Hands on the lower back, fingers down: the hold for a standing back bend. */
const HANDS_ON_LOW_BACK = {
  leftShoulder: -40,
  rightShoulder: -40,
  leftElbow: 105,
  rightElbow: 105,
};

/** The lower back and the front of the hips. */
export const LOWER_BACK_HIPS: readonly Exercise[] = [
  {
    id: 'standing-back-extension',
    name: 'Standing back bend',
    area: 'lower-back',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'one',
    holdSeconds: 20,
    steps: [
      'Stand tall, feet hip-width apart, and put your hands on your lower back, fingers pointing down.',
      'Look ahead and lean back gently from the waist, pushing your hips slightly forward.',
      'Go only as far as is comfortable, hold, then come back up slowly.',
    ],
    feel: 'A gentle arch and stretch in the lower back and the front of the hips; no pinching.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain spreading into the buttock or leg'],
    why: BACK_WHY,
    sources: [SOURCES.waongenngarm2018, SOURCES.acsm2021],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand(HANDS_ON_LOW_BACK),
        stand({ ...HANDS_ON_LOW_BACK, trunk: -8, spine: -18, leftHip: -8, rightHip: -8 }),
      ],
      highlight: 'lower-back',
      props: [],
    },
    illustrationAlt:
      'Side view: a person stands with hands on the lower back and leans gently backward, looking ahead.',
  },
  {
    id: 'seated-back-extension',
    name: 'Seated back arch',
    area: 'lower-back',
    kind: 'stretch',
    equipment: ['chair'],
    sides: 'one',
    holdSeconds: 20,
    steps: [
      'Sit near the front of the chair, feet flat, hands on your lower back.',
      'Lift your chest and arch your lower back gently, looking ahead.',
      'Hold where it feels comfortable, then relax back to sitting tall.',
    ],
    feel: 'A gentle arch in the lower back; no pinching.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain spreading into the buttock or leg'],
    why: BACK_WHY,
    sources: [SOURCES.waongenngarm2018, SOURCES.acsm2021],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [
        sit(HANDS_ON_LOW_BACK),
        sit({ ...HANDS_ON_LOW_BACK, trunk: -4, leftHip: 86, rightHip: 86, spine: -16 }),
      ],
      highlight: 'lower-back',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt:
      'Side view: a person sits near the front of a chair, hands on the lower back, gently arching the back.',
  },
  {
    id: 'seated-cat-cow',
    name: 'Seated cat-cow',
    area: 'lower-back',
    kind: 'stretch',
    equipment: ['chair'],
    sides: 'one',
    holdSeconds: 30,
    steps: [
      'Sit near the front of the chair with your hands on your knees.',
      'Breathing in, roll your pelvis forward, arch your back and lift your chest.',
      'Breathing out, roll your pelvis back, round your back and let your chin drop.',
      'Move slowly between the two for the whole time, within a comfortable range.',
    ],
    feel: 'The lower and middle back loosening as they move; no pinching.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain spreading into the buttock or leg'],
    why: BACK_WHY,
    sources: [SOURCES.waongenngarm2018, SOURCES.acsm2021],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'seat',
      poses: [
        sit({
          trunk: 8,
          leftHip: 98,
          rightHip: 98,
          spine: -14,
          neck: -10,
          leftShoulder: 40,
          rightShoulder: 40,
          leftElbow: 30,
          rightElbow: 30,
        }),
        sit({
          trunk: 2,
          leftHip: 92,
          rightHip: 92,
          spine: 34,
          neck: 22,
          leftShoulder: 40,
          rightShoulder: 40,
          leftElbow: 30,
          rightElbow: 30,
        }),
      ],
      highlight: 'lower-back',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt:
      'Side view: a seated person with hands on the knees arches the back, then rounds it, chin dropping.',
  },
  {
    id: 'standing-hip-flexor-lunge',
    name: 'Standing lunge hip-flexor stretch',
    area: 'hips',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Stand tall and take a long step forward with your {other} foot, both feet pointing ahead.',
      'Bend the front knee a little, keeping it over the ankle.',
      'Tuck your pelvis under, as if pulling your belt buckle up, and squeeze your {side} glute.',
      'Hold when you feel a stretch at the front of your {side} hip; hold a desk for balance if needed.',
    ],
    feel: 'A mild stretch at the front of the {side} hip, the back leg.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain in the knee or lower back'],
    why: HIP_FLEXOR_WHY,
    sources: [SOURCES.physioHipFlexor, SOURCES.bandy1994, SOURCES.bandy1997],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({ leftHip: -14, leftAnkle: 8, rightHip: 22, rightKnee: 8, rightAnkle: -8 }),
        stand({
          leftHip: -22,
          leftKnee: 12,
          leftAnkle: 0,
          rightHip: 40,
          rightKnee: 48,
          rightAnkle: 12,
        }),
      ],
      highlight: 'hip-front',
      props: [],
    },
    illustrationAlt:
      'Side view: a person in a standing lunge, pelvis tucked, stretching the front of the back hip.',
  },
  {
    id: 'half-kneeling-hip-flexor',
    name: 'Half-kneeling hip-flexor stretch',
    area: 'hips',
    kind: 'stretch',
    equipment: ['none'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Kneel on your {side} knee on a soft surface, your {other} foot flat in front of you.',
      'Stand your upper body tall with hands on the front knee.',
      'Tuck your pelvis under and shift forward a little until the front of the {side} hip stretches.',
      'Hold without arching your lower back.',
    ],
    feel: 'A mild stretch at the front of the {side} hip and thigh.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain in the kneeling knee: put a folded jacket under it or stand'],
    why: HIP_FLEXOR_WHY,
    sources: [SOURCES.physioHipFlexor, SOURCES.bandy1994, SOURCES.bandy1997],
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        halfKneel({ leftShoulder: 30, rightShoulder: 30, leftElbow: 40, rightElbow: 40 }),
        halfKneel({
          leftHip: -18,
          rightHip: 82,
          rightKnee: 100,
          leftShoulder: 30,
          rightShoulder: 30,
          leftElbow: 40,
          rightElbow: 40,
        }),
      ],
      highlight: 'hip-front',
      props: [],
    },
    illustrationAlt:
      'Side view: a person kneels on one knee with the other foot forward, upper body tall, pelvis tucked.',
  },
];
