import { describe, expect, it } from 'vitest';
import { getProfessionalAdvice } from '../../../src/core/professional-advice';
import type { TensionCheckIn } from '../../../src/shared/tension';
import { createTranslator, english } from '../../../src/shared/i18n/translator';
import { CATALOGUES, MESSAGES } from '../../../src/shared/i18n/catalogues';
import { message } from '../../../src/shared/i18n/message';
import { en } from '../../../src/shared/i18n/messages/en';
import { EMERGENCY_ADVICE, getWarningSignText } from '../../../src/shared/warning-signs';
import type { ProfessionalAdvice } from '../../../src/shared/tension';

/** The advice in English, its red-flag signs listed as the windows list them. */
const text = (advice: ProfessionalAdvice): string =>
  english.format({
    id: advice.message.id,
    values: {
      ...advice.message.values,
      signs: (advice.signs ?? []).map(getWarningSignText).join('; '),
    },
  });

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);

function checkIn(
  day: number,
  ratings: TensionCheckIn['ratings'],
  extra: Partial<TensionCheckIn> = {},
): TensionCheckIn {
  return { id: `c${day}`, at: T0 + day * DAY, ratings, redFlags: [], emergency: false, ...extra };
}

/** Breaks done on `perWeek` days of every week from day 0 to day `days`. */
function careDays(days: number, perWeek: number): number[] {
  const out: number[] = [];
  for (let day = 0; day <= days; day += 1) if (day % 7 < perWeek) out.push(T0 + day * DAY);
  return out;
}

const twoWeeks = (before: TensionCheckIn['ratings'], after: TensionCheckIn['ratings']) => [
  checkIn(0, before),
  checkIn(7, before),
  checkIn(14, after),
];

describe('the see-a-professional rule', () => {
  it('improving: lower tension after two weeks of regular care says keep going', () => {
    const advice = getProfessionalAdvice({
      checkIns: twoWeeks({ neck: 7, shoulders: 6 }, { neck: 4, shoulders: 5 }),
      careDays: careDays(14, 5),
      now: T0 + 14 * DAY,
    });
    expect(advice).toMatchObject({ kind: 'keepGoing', trend: 'improving' });
  });

  it('flat: the same tension after two weeks of regular care suggests a professional', () => {
    const advice = getProfessionalAdvice({
      checkIns: twoWeeks({ neck: 6, upperBack: 5 }, { neck: 6, upperBack: 4.5 }),
      careDays: careDays(14, 4),
      now: T0 + 14 * DAY,
    });
    expect(advice).toMatchObject({ kind: 'seeProfessional', trend: 'flat' });
    expect(text(advice)).toMatch(/doctor or physiotherapist/);
    expect(text(advice)).not.toMatch(/serious|danger|diagnos|cure/i);
  });

  it('flat at low tension is not a reason to see anyone', () => {
    const advice = getProfessionalAdvice({
      checkIns: twoWeeks({ neck: 1 }, { neck: 1 }),
      careDays: careDays(14, 5),
      now: T0 + 14 * DAY,
    });
    expect(advice).toMatchObject({ kind: 'keepGoing', trend: 'flat' });
  });

  it('worsening: higher tension despite regular care suggests a professional', () => {
    const advice = getProfessionalAdvice({
      checkIns: twoWeeks({ lowerBack: 4 }, { lowerBack: 7 }),
      careDays: careDays(14, 7),
      now: T0 + 15 * DAY,
    });
    expect(advice).toMatchObject({ kind: 'seeProfessional', trend: 'worsening' });
  });

  it('sparse data: one check-in, under two weeks, no shared area, or irregular care say nothing yet', () => {
    const care = careDays(14, 5);
    const now = T0 + 14 * DAY;
    expect(getProfessionalAdvice({ checkIns: [], careDays: care, now }).kind).toBe('notEnoughData');
    expect(
      getProfessionalAdvice({ checkIns: [checkIn(0, { neck: 6 })], careDays: care, now }).kind,
    ).toBe('notEnoughData');
    expect(
      getProfessionalAdvice({
        checkIns: [checkIn(0, { neck: 6 }), checkIn(12, { neck: 6 })],
        careDays: care,
        now,
      }).kind,
    ).toBe('notEnoughData');
    expect(
      getProfessionalAdvice({ checkIns: twoWeeks({ neck: 6 }, { hips: 6 }), careDays: care, now })
        .kind,
    ).toBe('notEnoughData');
    const irregular = getProfessionalAdvice({
      checkIns: twoWeeks({ neck: 6 }, { neck: 6 }),
      careDays: careDays(14, 1),
      now,
    });
    expect(irregular).toMatchObject({ kind: 'notEnoughData', trend: null });
  });

  it('a red flag at the latest check-in suggests a professional whatever the trend', () => {
    const checkIns = [
      checkIn(0, { neck: 7 }),
      checkIn(7, { neck: 7 }),
      checkIn(14, { neck: 3 }, { redFlags: ['numbness'] }),
    ];
    const advice = getProfessionalAdvice({
      checkIns,
      careDays: careDays(14, 5),
      now: T0 + 14 * DAY,
    });
    expect(advice.kind).toBe('redFlag');
    expect(text(advice)).toMatch(
      /You mentioned: New numbness, tingling or weakness\. Please see a doctor today/,
    );
    // Even with a single check-in and no care at all.
    const alone = getProfessionalAdvice({
      checkIns: [checkIn(0, {}, { redFlags: ['nightPain'] })],
      careDays: [],
      now: T0,
    });
    expect(alone.kind).toBe('redFlag');
  });

  it('chest pain spreading to the arm or jaw is an emergency, before anything else', () => {
    const advice = getProfessionalAdvice({
      checkIns: [checkIn(0, { chest: 8 }, { emergency: true, redFlags: ['fever'] })],
      careDays: [],
      now: T0 + DAY,
    });
    expect(advice.kind).toBe('emergency');
    expect(text(advice)).toMatch(/call an ambulance now/);
  });

  it('an old red flag no longer speaks for today', () => {
    const advice = getProfessionalAdvice({
      checkIns: [checkIn(0, { neck: 5 }, { redFlags: ['fever'] })],
      careDays: [],
      now: T0 + 30 * DAY,
    });
    expect(advice.kind).toBe('notEnoughData');
  });

  it('worsening: a rise of 3 in one area within two weeks counts whatever the adherence', () => {
    const advice = getProfessionalAdvice({
      checkIns: [
        checkIn(0, { neck: 3, legs: 2 }),
        checkIn(7, { neck: 5 }),
        checkIn(14, { neck: 8 }),
      ],
      careDays: careDays(14, 1),
      now: T0 + 14 * DAY,
    });
    expect(advice).toMatchObject({ kind: 'seeProfessional', trend: 'worsening' });
    expect(text(advice)).toMatch(/neck has gone up from 3 to 8 within two weeks/);
    const rise2 = getProfessionalAdvice({
      checkIns: [checkIn(0, { neck: 3 }), checkIn(14, { neck: 5 })],
      careDays: [],
      now: T0 + 14 * DAY,
    });
    expect(rise2.kind).toBe('notEnoughData');
    // A rise spread over more than two weeks is the ordinary trend rule's business.
    const slow = getProfessionalAdvice({
      checkIns: [checkIn(0, { neck: 3 }), checkIn(21, { neck: 6 })],
      careDays: [],
      now: T0 + 21 * DAY,
    });
    expect(slow.kind).toBe('notEnoughData');
  });

  it('worsening: any area at 8 or more suggests a professional, even at the first check-in', () => {
    const advice = getProfessionalAdvice({
      checkIns: [checkIn(0, { lowerBack: 8, neck: 2 })],
      careDays: [],
      now: T0,
    });
    expect(advice).toMatchObject({ kind: 'seeProfessional', trend: 'worsening' });
    expect(text(advice)).toMatch(/lower back at 8 or more/);
    const seven = getProfessionalAdvice({
      checkIns: [checkIn(0, { neck: 7 })],
      careDays: [],
      now: T0,
    });
    expect(seven.kind).toBe('notEnoughData');
  });
});

describe('the advice as words', () => {
  it('says the emergency exactly as the warning signs do, in every language', () => {
    expect(en['advice.emergency']).toBe(EMERGENCY_ADVICE.text);
    for (const [locale, translation] of Object.entries(CATALOGUES)) {
      const shared = translation[EMERGENCY_ADVICE.text];
      if (shared) expect(MESSAGES[locale as 'de']['advice.emergency'], locale).toBe(shared);
    }
  });

  it('names each area in the locale, and lists several as the locale lists them', () => {
    const german = createTranslator('de');
    const high = message('advice.high', {
      areas: [
        message('advice.area', { area: 'neck' }),
        message('advice.area', { area: 'lowerBack' }),
      ],
      limit: 8,
    });
    expect(german.format(high)).toMatch(/^Du hast Nacken und unterer Rücken mit 8 oder mehr/);
    expect(english.format(high)).toMatch(/^You rated your neck and lower back at 8 or more/);
  });
});
