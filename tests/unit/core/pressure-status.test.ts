import { describe, expect, it } from 'vitest';
import { PROTECTIVE_DAYS, startProtectiveMode } from '../../../src/core/protective-mode';
import { getPressureStatus, type PressureStatus } from '../../../src/core/safety-status';
import {
  applySafetyAnswers,
  turnPressureOff,
  turnPressureOn,
} from '../../../src/core/safety-check';
import { createTranslator, type Translator } from '../../../src/shared/i18n/translator';
import { getContraindicationReason } from '../../../src/shared/safety';
import { getDefaultSettings } from '../../../src/shared/settings/schema';
import { EMERGENCY_NOW, getWarningSignText } from '../../../src/shared/warning-signs';
import { ALL_NO, getAnsweredSettings } from './safety-fixtures';

const NOW = Date.UTC(2026, 10, 23, 8, 0);
const DAY = 24 * 60 * 60 * 1000;
const yesTo = (...ids: string[]) =>
  applySafetyAnswers(
    getDefaultSettings(),
    { ...ALL_NO, ...Object.fromEntries(ids.map((id) => [id, true])) },
    NOW,
  );

/** What the break and Settings show, formatted the way their helper does, in `locale`. */
function say(status: PressureStatus, translator: Translator): string {
  const reasons = status.reasons.map((id) => translator.source(getContraindicationReason(id)));
  const { message } = status;
  return translator.format({
    ...message,
    values: { ...message.values, reasons: translator.intl.formatList(reasons) },
  });
}

const english = createTranslator('en');
const german = createTranslator('de');

describe('whether pressure exercises are on, as a message for the edge', () => {
  it('unanswered: the check comes first', () => {
    const status = getPressureStatus(getDefaultSettings(), NOW);
    expect(status).toMatchObject({ state: 'unanswered', reasons: [], protective: null });
    expect(say(status, english)).toMatch(/^Pressure exercises .* stay off until you have answered/);
    expect(say(status, german)).toMatch(/^Druckübungen .* bleiben aus, bis du/);
  });

  it('on, and on after a professional said so', () => {
    const on = getPressureStatus(getAnsweredSettings(), NOW);
    expect(on.message).toEqual({ id: 'common.pressure.on', values: { cleared: 'false' } });
    expect(say(on, english)).toBe('Pressure exercises are on.');
    const cleared = getPressureStatus(turnPressureOn(yesTo('heart'), NOW), NOW);
    expect(cleared.state).toBe('on');
    expect(say(cleared, english)).toBe(
      'Pressure exercises are on. You told Unknot a professional said they are fine for you.',
    );
  });

  it('off because of answers: the reasons listed the locale’s way, from the catalogue', () => {
    const status = getPressureStatus(yesTo('anticoagulants', 'heart'), NOW);
    expect(status).toMatchObject({
      state: 'off',
      reasons: ['anticoagulants', 'heart'],
      needsProfessional: true,
      message: { id: 'common.pressure.off', values: { why: 'answers' } },
    });
    expect(say(status, english)).toBe(
      'Pressure exercises are off because of blood thinners or a bleeding disorder and a heart condition. Stretches, strength and movement stay on.',
    );
    const inGerman = say(status, german);
    expect(inGerman).toMatch(
      /^Druckübungen sind aus wegen: Blutverdünner oder eine Blutgerinnungsstörung und .+\. Dehnen, Kräftigen und Bewegung bleiben an\.$/,
    );
    expect(inGerman).not.toMatch(/blood|heart|because/);
  });

  it('off by the person’s own choice, alone or on top of answers', () => {
    const own = getPressureStatus(turnPressureOff(getAnsweredSettings()), NOW);
    expect(own).toMatchObject({ state: 'off', reasons: [], needsProfessional: false });
    expect(say(own, english)).toBe(
      'Pressure exercises are off because you turned them off yourself. Stretches, strength and movement stay on.',
    );
    const both = getPressureStatus(turnPressureOff(turnPressureOn(yesTo('pregnancy'), NOW)), NOW);
    expect(both.message.values).toEqual({ why: 'both' });
    expect(say(both, english)).toBe(
      'Pressure exercises are off because of pregnancy. You also turned them off yourself. Stretches, strength and movement stay on.',
    );
    expect(say(both, german)).toBe(
      'Druckübungen sind aus wegen: eine Schwangerschaft. Außerdem hast du sie selbst ausgeschaltet. Dehnen, Kräftigen und Bewegung bleiben an.',
    );
  });

  it('off with no reason recorded still says so plainly', () => {
    const settings = getAnsweredSettings();
    const off = { ...settings, safety: { ...settings.safety, pressureAllowed: false } };
    const status = getPressureStatus(off, NOW);
    expect(status.message.values).toEqual({ why: 'none' });
    expect(say(status, english)).toBe(
      'Pressure exercises are off. Stretches, strength and movement stay on.',
    );
  });
});

describe('protective mode, as a message and the signs reported', () => {
  const on = startProtectiveMode(getAnsweredSettings(), ['numbness', EMERGENCY_NOW], NOW);

  it('returns the signs as ids and the rule as a message, while it lasts', () => {
    const status = getPressureStatus(on, NOW);
    expect(status.state).toBe('protective');
    expect(status.protective).toEqual({
      until: NOW + PROTECTIVE_DAYS * DAY,
      signs: ['numbness', EMERGENCY_NOW],
      message: { id: 'common.protective.rule', values: { days: PROTECTIVE_DAYS } },
    });
    expect(status.message).toEqual(status.protective?.message);
    expect(getPressureStatus(on, NOW + PROTECTIVE_DAYS * DAY).state).toBe('on');
  });

  it('keeps the health meaning in every language: 14 days, no pressure or strength work', () => {
    const rule = getPressureStatus(on, NOW).message;
    expect(english.format(rule)).toBe(
      'Until a doctor or physiotherapist has seen it, Unknot keeps your breaks to gentle movement: no pressure and no strength work. This lasts 14 days, or until you say a professional has seen you.',
    );
    expect(german.format(rule)).toMatch(/Druck.*Kräftigungsübungen.*14 Tage/);
    expect(createTranslator('es').format(rule)).toMatch(/presión.*fuerza.*14 días/);
    expect(createTranslator('fr').format(rule)).toMatch(/pression.*renforcement.*14 jours/);
  });

  it('each sign reported, the emergency one too, is a catalogue sentence with a translation', () => {
    for (const locale of ['de', 'es', 'fr'] as const) {
      const translator = createTranslator(locale);
      for (const sign of ['numbness', EMERGENCY_NOW]) {
        const text = getWarningSignText(sign);
        expect(translator.source(text), `${locale}: ${text}`).not.toBe(text);
      }
    }
    // German nouns keep their capitals: the sentence as the warning-sign list writes it.
    expect(german.source(getWarningSignText(EMERGENCY_NOW))).toBe(
      'Ein Notfallzeichen, das in dem Moment auftrat',
    );
  });
});
