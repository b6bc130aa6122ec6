import type { Source } from './types';

/** The sources of ../shared/EVIDENCE.md that the exercises cite. */
export const SOURCES = {
  gemmell2008: { title: 'Gemmell et al., ischaemic compression of trigger points', year: 2008 },
  wilke2018: { title: 'Wilke et al., static pressure vs rolling', year: 2018 },
  compressionReview2022: {
    title: 'Ischemic compression meta-analysis, Chiropractic & Manual Therapies',
    year: 2022,
  },
  ingraham: { title: 'Ingraham, PainScience.com guide to trigger point self-massage' },
  acsm2021: { title: 'ACSM guidelines for exercise testing and prescription', year: 2021 },
  bandy1997: { title: 'Bandy & Irion, duration of static hamstring stretch', year: 1997 },
  borstad2006: { title: 'Borstad & Ludewig, pectoralis minor stretches', year: 2006 },
  tunwattanapong2016: {
    title: 'Tunwattanapong et al., neck and shoulder stretching for office workers (RCT)',
    year: 2016,
  },
  sihawong2014: {
    title: 'Sihawong et al., exercise to prevent neck pain, Occupational & Environmental Medicine',
    year: 2014,
  },
  waongenngarm2018: {
    title: 'Waongenngarm et al., systematic review of breaks, Applied Ergonomics 68:230',
    year: 2018,
  },
  anses2025: { title: 'ANSES opinion on sedentary behaviour and physical activity', year: 2025 },
  cornell: {
    title: 'Cornell University Ergonomics Web (Hedge), sit-stand programs',
    url: 'https://ergo.human.cornell.edu/CUESitStandPrograms.html',
  },
  physioHipFlexor: {
    title: 'Physiotherapy practice for hip flexors (no trial specific to sitting)',
  },
} as const satisfies Record<string, Source>;

/** Said in every pressure and stretch exercise: stop at once at any of these. */
export const ALWAYS_STOP_IF = ['Numbness or tingling', 'Sharp or shooting pain', 'Dizziness'];

/** The safety note shown before every break: not a treatment, and when to see someone. */
export const SAFETY_NOTE = {
  notTreatment:
    'Unknot is not a treatment. Skip pressure on the ball if you take blood thinners, have a bleeding disorder, fragile bones, a fever or an infection, and ask a doctor first if you are pregnant or have heart problems.',
  seeProfessional:
    'See a professional if there is no improvement after about two weeks, or with new numbness, tingling or weakness, fever, unexplained weight loss, a history of cancer, pain worse at night, or pain after an injury.',
  emergency:
    'Chest pain or tightness spreading to the arm, jaw, neck or back, with sweating or breathlessness: call emergency services, not a stretch.',
};
