import { describe, expect, it } from 'vitest';
import { getPersonWeekStart } from '../../../src/core/summary-week';

const SUNDAY = 0;
const MONDAY = 1;

describe('the first day of the week follows the chosen language', () => {
  it.each([
    ['en-US', SUNDAY],
    ['de-DE', MONDAY],
    ['fr-FR', MONDAY],
    ['es-ES', MONDAY],
  ])('with the system language, %s starts on day %i', (system, day) => {
    expect(getPersonWeekStart({ weekStartsOn: 'locale', language: 'system' }, system)).toBe(day);
  });

  it('a chosen language wins over the system locale', () => {
    expect(getPersonWeekStart({ weekStartsOn: 'locale', language: 'de' }, 'en-US')).toBe(MONDAY);
    expect(getPersonWeekStart({ weekStartsOn: 'locale', language: 'fr' }, 'en-US')).toBe(MONDAY);
    // English on an American system keeps the American Sunday; on a British one, Monday.
    expect(getPersonWeekStart({ weekStartsOn: 'locale', language: 'en' }, 'en-US')).toBe(SUNDAY);
    expect(getPersonWeekStart({ weekStartsOn: 'locale', language: 'en' }, 'en-GB')).toBe(MONDAY);
  });

  it('the weekStartsOn setting overrides the locale', () => {
    expect(getPersonWeekStart({ weekStartsOn: 0, language: 'de' }, 'de-DE')).toBe(SUNDAY);
    expect(getPersonWeekStart({ weekStartsOn: 1, language: 'system' }, 'en-US')).toBe(MONDAY);
    expect(getPersonWeekStart({ weekStartsOn: 6, language: 'es' }, 'es-ES')).toBe(6);
  });
});
