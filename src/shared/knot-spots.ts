/**
 * The knot finder's catalogue: the common tender spots of people who sit at a desk, how to
 * find each, how firmly to press, where to keep off, and the exercises that work the spot.
 */
import type { BodyArea, Source } from './exercises/types';
import type { KnotSpotId } from './knots';

export interface KnotSpot {
  id: KnotSpotId;
  name: string;
  /** The body area of the catalogue the spot belongs to. */
  area: BodyArea;
  /** Two or three short steps to find the spot: the first locates it, the rest press. */
  find: string[];
  /** Where pressure must not go near this spot. */
  keepOff: string;
  /** Catalogue exercises that work this spot (stretches, holds, strength). */
  exerciseIds: string[];
}

export const KNOT_SOURCES = {
  travellSimons: {
    title: 'Myofascial pain and dysfunction: the trigger point manual',
    authors: 'Simons DG, Travell JG, Simons LS',
    year: 1999,
  },
  ingraham: {
    title: 'The complete guide to trigger points and myofascial pain, PainScience.com',
    authors: 'Ingraham P',
    url: 'https://www.painscience.com/tutorials/trigger-points.php',
  },
  nccih: {
    title: 'Massage therapy: what you need to know',
    authors: 'National Center for Complementary and Integrative Health (NCCIH)',
    url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
  },
  nhsBackPain: {
    title: 'Back pain',
    authors: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
} as const satisfies Record<string, Source>;

/** How firmly to press at every spot (Travell & Simons: "tolerably"; Ingraham: 5–7/10). */
export const PRESS_TEXT =
  'Press slowly with two or three fingertips, only as firmly as is tolerable: at most a dull 5–7 out of 10, a few seconds per place. A knot feels like a tender lump or band. Back off if you wince.';

/** Said once at the start: a self-check is not a diagnosis. */
export const FINDER_INTRO =
  'A knot is a spot in a muscle that is tender when pressed. This check takes a few minutes: for each spot, find it, press gently, and mark how tender it felt. It is a way to notice changes over the weeks, not a diagnosis.';

/** Stop at once at any of these, at every spot. */
export const FINDER_STOP_IF = [
  'Numbness or tingling',
  'Sharp or shooting pain',
  'Dizziness or feeling faint',
];

/** When the check says "see someone", and who should not press at all (NHS; NCCIH). */
export const FINDER_SEE_PROFESSIONAL =
  'See a professional if a spot stays very tender after about two weeks of self-care, or with new numbness, tingling or weakness, swelling, warmth or redness, fever, or pain that is worse at night.';

export const FINDER_NO_PRESSURE =
  'Your safety answers rule out pressing on muscles, or are not all given yet. You can still go through the spots and mark where it feels tight or sore, without pressing.';

export const KNOT_SPOTS: readonly KnotSpot[] = [
  {
    id: 'upperTrapezius',
    name: 'Top of the shoulder',
    area: 'shoulders',
    find: [
      'Reach across with the opposite hand and rest your fingers on the top of your shoulder, halfway between your neck and the tip of the shoulder.',
      'Gently pinch the thick muscle there between thumb and fingers, or press down into it.',
    ],
    keepOff: 'Keep off the front and sides of the neck and the hollow above the collarbone.',
    exerciseIds: [
      'ball-upper-trapezius-wall',
      'hand-pressure-upper-trapezius',
      'neck-side-bend',
      'band-lateral-raise',
      'bottle-lateral-raise',
    ],
  },
  {
    id: 'levatorScapulae',
    name: 'Where the neck meets the shoulder blade',
    area: 'neck',
    find: [
      'Reach over your shoulder with the opposite hand to the top inner corner of the shoulder blade.',
      'Press just above that corner, at the back of where the neck meets the shoulder.',
    ],
    keepOff: 'Stay at the back: never press on the front or sides of the neck.',
    exerciseIds: ['levator-scapulae-stretch', 'chin-tuck-hold', 'neck-side-bend'],
  },
  {
    id: 'betweenShoulderBlades',
    name: 'Between the shoulder blades',
    area: 'upper-back',
    find: [
      'Cross your arms to move the shoulder blades apart.',
      'Feel for tender bands along the inner edge of one shoulder blade, a thumb’s width from the spine, or lean that spot on a ball against a wall.',
    ],
    keepOff: 'Keep off the bony points of the spine itself.',
    exerciseIds: [
      'ball-inner-shoulder-blade',
      'ball-shoulder-blade-wall',
      'foam-roller-upper-back-wall',
      'scapular-squeeze',
      'band-row',
      'band-pull-apart',
      'chair-thoracic-extension',
      'seated-thoracic-rotation',
    ],
  },
  {
    id: 'chest',
    name: 'Front of the chest',
    area: 'chest',
    find: [
      'Put your fingertips below the collarbone, a hand’s width out from the breastbone, towards the front of the shoulder.',
      'Press gently into the muscle there and move a little outward.',
    ],
    keepOff:
      'Stay below the collarbone: never press into the hollow above it, or on the breastbone.',
    exerciseIds: ['doorway-chest-stretch', 'hands-behind-back-chest-opener', 'wall-angel'],
  },
  {
    id: 'forearm',
    name: 'Top of the forearm',
    area: 'forearms',
    find: [
      'Rest one forearm on the desk, palm down.',
      'With the other thumb, press along the muscle of the top of the forearm, from just below the elbow towards the wrist.',
    ],
    keepOff: 'Keep off the inside of the elbow and the inside of the wrist.',
    exerciseIds: ['forearm-ball-desk', 'wrist-flexor-stretch', 'wrist-extensor-stretch'],
  },
  {
    id: 'glutes',
    name: 'Upper outer buttock',
    area: 'glutes',
    find: [
      'Stand, and put your hand on the upper, outer part of one buttock, below the bony rim of the pelvis.',
      'Press with your fingertips, or lean that spot on a ball against a wall.',
    ],
    keepOff:
      'Stay upper and outer: keep off the lower middle of the buttock, where the sciatic nerve runs.',
    exerciseIds: ['ball-glute-wall', 'seated-figure-four'],
  },
  {
    id: 'hipFlexors',
    name: 'Front of the hip',
    area: 'hips',
    find: [
      'Stand and find the bony point at the front of your pelvis.',
      'Move your fingers a little down and in, into the crease at the top of the thigh, and press gently.',
    ],
    keepOff: 'Press gently here only: if you feel a pulse, move your fingers away from it.',
    exerciseIds: ['standing-hip-flexor-lunge', 'half-kneeling-hip-flexor'],
  },
];

export function findKnotSpot(id: KnotSpotId): KnotSpot {
  const spot = KNOT_SPOTS.find((candidate) => candidate.id === id);
  if (!spot) throw new Error(`No knot spot ${id}`);
  return spot;
}
