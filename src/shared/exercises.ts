/** The exercise catalogue: typed data, read by core (routine) and the renderer (break view). */

export type BodyArea = 'upper-back' | 'shoulders' | 'neck' | 'chest' | 'hips' | 'glutes' | 'legs';
export type ExerciseKind = 'pressure' | 'stretch' | 'movement';
export type Equipment = 'ball' | 'wall' | 'chair' | 'doorway' | 'none';

export interface Exercise {
  id: string;
  name: string;
  area: BodyArea;
  kind: ExerciseKind;
  equipment: Equipment[];
  sides: 'one' | 'both';
  /** Seconds per side. */
  holdSeconds: number;
  steps: string[];
  feel: string;
  stopIf: string[];
  why: string;
}

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'ball-shoulder-blade-wall',
    name: 'Ball between shoulder blade and wall',
    area: 'upper-back',
    kind: 'pressure',
    equipment: ['ball', 'wall'],
    sides: 'both',
    holdSeconds: 45,
    steps: [
      'Stand with your back to a wall and place a firm ball between your shoulder blade and your spine.',
      'Lean in until the pressure is tolerable: about 5–7 out of 10.',
      'Hold still on the tender spot and breathe slowly.',
      'Ease off early if the spot softens.',
    ],
    feel: 'A strong, dull "good pain" of about 5–7 out of 10. Back off if you wince.',
    stopIf: [
      'Numbness, tingling, or sharp or shooting pain',
      'Dizziness',
      'Pressure on the spine itself: move the ball to the muscle beside it',
    ],
    why: 'Sustained pressure of 30–60 s raises pressure tolerance (Gemmell et al. 2008; Wilke et al. 2018); evidence on pain relief is weak.',
  },
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    area: 'chest',
    kind: 'stretch',
    equipment: ['doorway'],
    sides: 'both',
    holdSeconds: 30,
    steps: [
      'Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.',
      'Step forward with the leg on the same side until you feel a gentle stretch across the chest.',
      'Keep your shoulders down and breathe.',
    ],
    feel: 'A mild stretch across the front of the chest and shoulder, never pain.',
    stopIf: ['Numbness or tingling down the arm', 'Pain in the front of the shoulder'],
    why: 'A one-arm doorway stretch lengthened the pectoralis minor most (Borstad & Ludewig 2006); 30 s holds work as well as 60 s (Bandy & Irion 1997).',
  },
];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
