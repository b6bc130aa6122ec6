import { describe, expect, it } from 'vitest';
import { getClockHours, getTimeFormat } from '../../../src/renderer/settings/time-format';

describe('time hints follow the locale', () => {
  it('a 12-hour locale gets a 12-hour sample with a day period, a 24-hour one a 24-hour sample', () => {
    expect(getClockHours('en-US')).toBe(12);
    expect(getTimeFormat('en-US')).toEqual({ hours: '12', sample: '9:00 AM' });
    expect(getClockHours('de-DE')).toBe(24);
    expect(getTimeFormat('de-DE')).toEqual({ hours: '24', sample: '09:00' });
    expect(getTimeFormat('en-GB')).toEqual({ hours: '24', sample: '09:00' });
  });

  it('never says "24-hour" next to an AM/PM sample', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE', 'ko-KR', 'ja-JP', 'en-AU', 'hi-IN']) {
      const { hours, sample } = getTimeFormat(locale);
      const dayPeriod = /AM|PM|am|pm|오전|午前/.test(sample);
      expect(hours === '24' && dayPeriod, `${locale}: ${hours} ${sample}`).toBe(false);
    }
  });
});
