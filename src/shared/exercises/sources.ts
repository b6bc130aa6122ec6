import type { Source } from './types';

/** The sources the exercises cite: authors, title, year and where to read them. */
export const SOURCES = {
  gemmell2008: {
    title:
      'Immediate effect of ischaemic compression and trigger point pressure release, Clinical Chiropractic 11:30',
    authors: 'Gemmell H, Miller P, Nordstrom H',
    year: 2008,
    url: 'https://doi.org/10.1016/j.clch.2007.09.001',
  },
  wilke2018: {
    title:
      'Immediate effects of self-myofascial release on latent trigger point sensitivity, Biology of Sport 35:349',
    authors: 'Wilke J, Vogt L, Banzer W',
    year: 2018,
    url: 'https://doi.org/10.5114/biolsport.2018.78055',
  },
  lu2022: {
    title:
      'Effect of ischemic compression on myofascial pain syndrome: a meta-analysis, Chiropractic & Manual Therapies 30:34',
    authors: 'Lu W, Li J, Tian Y, Lu X',
    year: 2022,
    url: 'https://doi.org/10.1186/s12998-022-00441-5',
  },
  ingraham: {
    title: 'The complete guide to trigger points and myofascial pain, PainScience.com',
    authors: 'Ingraham P',
    url: 'https://www.painscience.com/tutorials/trigger-points.php',
  },
  konrad2022: {
    title:
      'Foam rolling training effects on range of motion: a meta-analysis, Sports Medicine 52:2523',
    authors: 'Konrad A, Nakamura M, Tilp M, Donti O, Behm DG',
    year: 2022,
    url: 'https://doi.org/10.1007/s40279-022-01699-8',
  },
  acsm2021: {
    title: "ACSM's guidelines for exercise testing and prescription, 11th edition",
    authors: 'American College of Sports Medicine',
    year: 2021,
  },
  bandy1994: {
    title:
      'The effect of time on static stretch on the flexibility of the hamstring muscles, Physical Therapy 74:845',
    authors: 'Bandy WD, Irion JM',
    year: 1994,
    url: 'https://doi.org/10.1093/ptj/74.9.845',
  },
  bandy1997: {
    title:
      'The effect of time and frequency of static stretching on flexibility of the hamstring muscles, Physical Therapy 77:1090',
    authors: 'Bandy WD, Irion JM, Briggler M',
    year: 1997,
    url: 'https://doi.org/10.1093/ptj/77.10.1090',
  },
  borstad2006: {
    title:
      'Comparison of three stretches for the pectoralis minor muscle, Journal of Shoulder and Elbow Surgery 15:324',
    authors: 'Borstad JD, Ludewig PM',
    year: 2006,
    url: 'https://doi.org/10.1016/j.jse.2005.08.011',
  },
  tunwattanapong2016: {
    title:
      'Neck and shoulder stretching for office workers with neck pain: a randomized controlled trial, Clinical Rehabilitation 30:64',
    authors: 'Tunwattanapong P, Mongkolkul K, Wongsiri S, Kiattisin S',
    year: 2016,
    url: 'https://doi.org/10.1177/0269215515575747',
  },
  sihawong2014: {
    title:
      'Effects of an exercise programme on preventing neck pain among office workers, Occupational & Environmental Medicine 71:63',
    authors: 'Sihawong R, Janwantanakul P, Jiamjarasrangsi W',
    year: 2014,
    url: 'https://doi.org/10.1136/oemed-2013-101561',
  },
  louw2017: {
    title:
      'Effectiveness of exercise in office workers with neck pain: a systematic review and meta-analysis, South African Journal of Physiotherapy 73:392',
    authors: 'Louw S, Makwela S, Manas L, Meyer L, Terblanche D, Brink Y',
    year: 2017,
    url: 'https://doi.org/10.4102/sajp.v73i1.392',
  },
  andersen2011: {
    title:
      'Small daily amounts of progressive resistance training for frequent neck/shoulder pain: randomised controlled trial, Pain 152:440',
    authors: 'Andersen LL, Saervoll CA, Mortensen OS, Poulsen OM, Hannerz H, Zebis MK',
    year: 2011,
    url: 'https://doi.org/10.1016/j.pain.2010.11.016',
  },
  waongenngarm2018: {
    title:
      'The effects of breaks on low back pain, discomfort and work productivity in office workers: a systematic review, Applied Ergonomics 68:230',
    authors: 'Waongenngarm P, Areerak K, Janwantanakul P',
    year: 2018,
    url: 'https://doi.org/10.1016/j.apergo.2017.12.003',
  },
  anses2025: {
    title: 'Opinion on sedentary behaviour and physical activity at work',
    authors: 'ANSES (French Agency for Food, Environmental and Occupational Health & Safety)',
    year: 2025,
  },
  cornell: {
    title:
      'Sit-stand programs: 20 minutes sitting, 8 standing, 2 moving; "simply standing is insufficient"',
    authors: 'Hedge A, Cornell University Ergonomics Web',
    url: 'https://ergo.human.cornell.edu/CUESitStandPrograms.html',
  },
  physioHipFlexor: {
    title:
      'Physiotherapy practice for hip flexors: half-kneeling lunge, pelvis tucked (no trial specific to sitting)',
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
