import { sitFront, stand } from './figure/poses';
import {
  PRESSURE_EASIER,
  PRESSURE_FEEL,
  PRESSURE_HARDER,
  PRESSURE_SOURCES,
  PRESSURE_WHY,
} from './pressure-text';
import { ALWAYS_STOP_IF, SOURCES } from './sources';
import type { Exercise } from './types';

/** The glutes. */
export const GLUTES: readonly Exercise[] = [
  {
    id: 'seated-figure-four',
    name: 'Seated figure-four glute stretch',
    area: 'glutes',
    kind: 'stretch',
    equipment: ['chair'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Sit near the front of a steady chair, both feet flat.',
      'Rest your {side} ankle on your {other} knee, making a figure four.',
      'Sit tall and lean forward from the hips with a straight back.',
      'Stop at a mild stretch in the {side} buttock and hold.',
    ],
    feel: 'A mild stretch deep in the buttock of the crossed leg.',
    stopIf: [...ALWAYS_STOP_IF, 'Pain in the knee of the crossed leg'],
    why: 'Holding a stretch 10–30 s to mild tightness is the standard dose (ACSM 2021; Bandy & Irion 1994); no trial tested glute stretches for desk sitters, so evidence for this one is weak.',
    sources: [SOURCES.acsm2021, SOURCES.bandy1994],
    evidence: 'weak',
    figure: {
      view: 'front',
      support: 'seat',
      poses: [
        sitFront(),
        sitFront({ leftHip: 40, leftKnee: 140 }),
        sitFront({ leftHip: 40, leftKnee: 140, neck: 10, spine: 6 }),
      ],
      highlight: 'glute',
      props: [{ kind: 'chair' }],
    },
    illustrationAlt:
      'Front view: a seated person rests one ankle on the opposite knee, the knee falling out to the side.',
  },
  {
    id: 'ball-glute-wall',
    name: 'Ball on the glute against the wall',
    area: 'glutes',
    kind: 'pressure',
    equipment: ['ball', 'wall'],
    sides: 'both',
    holdSeconds: 45,
    steps: [
      'Stand with your back to a wall.',
      'Place the ball between the wall and the upper, outer part of your {side} buttock, away from the spine and tailbone.',
      'Lean back and shift your weight to find a tender spot; keep off the lower middle of the buttock, where the sciatic nerve runs.',
      'Hold it at about 5–7 out of 10 and breathe; ease off early if it softens.',
    ],
    feel: PRESSURE_FEEL,
    stopIf: [
      ...ALWAYS_STOP_IF,
      'Pain shooting down the leg',
      'Pressure on the lower back or tailbone: move the ball onto the muscle',
    ],
    why: PRESSURE_WHY,
    sources: PRESSURE_SOURCES,
    evidence: 'weak',
    figure: {
      view: 'side',
      support: 'feet',
      poses: [
        stand({ trunk: -4 }),
        stand({
          trunk: -6,
          leftHip: 8,
          rightHip: 8,
          leftKnee: 16,
          rightKnee: 16,
          leftAnkle: 8,
          rightAnkle: 8,
        }),
      ],
      highlight: 'glute',
      props: [{ kind: 'wall' }, { kind: 'ball', on: 'glute' }],
    },
    easier: PRESSURE_EASIER,
    harder: PRESSURE_HARDER,
    illustrationAlt:
      'Side view: a person leans back against a wall with a ball between the upper outer buttock and the wall.',
  },
];
