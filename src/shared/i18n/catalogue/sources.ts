/**
 * Every English sentence whose source lives with its data rather than in the message
 * catalogue: the exercises, the safety questions, the warning signs and the knot finder.
 * A locale translates them in ./<locale>.ts, keyed by the English text exactly; the drift
 * check asks every locale for every sentence listed here.
 */
import { EXERCISES, ALWAYS_STOP_IF, SAFETY_NOTE } from '../../exercises';
import { PRESSURE_FEEL, PRESSURE_WHY } from '../../exercises/pressure-text';
import {
  FINDER_INTRO,
  FINDER_NO_PRESSURE,
  FINDER_SEE_PROFESSIONAL,
  FINDER_STOP_IF,
  KNOT_SPOTS,
  PRESS_TEXT,
} from '../../knot-spots';
import {
  LOCAL_RULE,
  NOT_A_TREATMENT,
  OPERATION_SITES,
  OPERATION_SITES_QUESTION,
  PRESSURE_OFF_EXPLAINED,
  SAFETY_QUESTIONS,
  STOP_SIGNS,
} from '../../safety';
import {
  EMERGENCY_ADVICE,
  EMERGENCY_LEAD,
  EMERGENCY_NOW_TEXT,
  EMERGENCY_SIGNS,
  RED_FLAGS,
  ROUTINE_TEXT,
  SETTLED_RULE,
  URGENT_LEAD,
} from '../../warning-signs';

/** A locale's translations of the sentences below: English source → ICU message. */
export type CatalogueTranslation = Readonly<Record<string, string>>;

function exerciseTexts(): string[] {
  return EXERCISES.flatMap((exercise) => [
    exercise.name,
    ...exercise.steps,
    exercise.feel,
    ...exercise.stopIf,
    exercise.why,
    exercise.illustrationAlt,
    ...(exercise.easier === undefined ? [] : [exercise.easier]),
    ...(exercise.harder === undefined ? [] : [exercise.harder]),
  ]);
}

function safetyTexts(): string[] {
  return [
    ...SAFETY_QUESTIONS.flatMap((question) => [question.question, question.reason, question.short]),
    ...OPERATION_SITES.map((site) => site.label),
    OPERATION_SITES_QUESTION,
    LOCAL_RULE,
    STOP_SIGNS,
    PRESSURE_OFF_EXPLAINED,
    NOT_A_TREATMENT,
    ...ALWAYS_STOP_IF,
    ...Object.values(SAFETY_NOTE).filter((text): text is string => typeof text === 'string'),
    PRESSURE_FEEL,
    PRESSURE_WHY,
  ];
}

function warningSignTexts(): string[] {
  return [
    ...EMERGENCY_SIGNS.map((sign) => sign.text),
    ...RED_FLAGS.map((sign) => sign.text),
    EMERGENCY_NOW_TEXT,
    EMERGENCY_LEAD,
    URGENT_LEAD,
    ROUTINE_TEXT,
    SETTLED_RULE,
    EMERGENCY_ADVICE.title,
    EMERGENCY_ADVICE.text,
  ];
}

function knotFinderTexts(): string[] {
  return [
    ...KNOT_SPOTS.flatMap((spot) => [spot.name, ...spot.find, spot.keepOff]),
    PRESS_TEXT,
    FINDER_INTRO,
    ...FINDER_STOP_IF,
    FINDER_SEE_PROFESSIONAL,
    FINDER_NO_PRESSURE,
  ];
}

/** Each sentence once, in catalogue order. */
export function getCatalogueSources(): string[] {
  return [
    ...new Set([...exerciseTexts(), ...safetyTexts(), ...warningSignTexts(), ...knotFinderTexts()]),
  ];
}
