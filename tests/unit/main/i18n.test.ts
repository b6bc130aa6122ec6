import { afterEach, describe, expect, it } from 'vitest';
import { getBreakNoticeText } from '../../../src/core/notice-text';
import {
  formatNotice,
  formatText,
  getMainTranslator,
  setMainLanguage,
} from '../../../src/main/i18n';
import { resolveLocale } from '../../../src/shared/i18n/locales';
import { repairSettings } from '../../../src/shared/settings/repair';
import { getDefaultSettings } from '../../../src/shared/settings/schema';

afterEach(() => setMainLanguage('en', []));

describe('main picks its language', () => {
  it('follows the first preferred system language it has, else English', () => {
    expect(resolveLocale('system', ['ja-JP', 'fr-CA', 'de-DE'])).toBe('fr');
    expect(resolveLocale('system', ['es_ES'])).toBe('es');
    expect(resolveLocale('system', ['ja-JP'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
  });

  it('lets the setting override the system', () => {
    expect(resolveLocale('de', ['fr-FR'])).toBe('de');
    expect(resolveLocale('ar-XB', ['fr-FR'])).toBe('ar-XB');
    // A value the settings file should never hold still gives a language.
    expect(resolveLocale('klingon', ['es-MX'])).toBe('es');
  });

  it('formats numbers with the system region when it speaks that language', () => {
    expect(setMainLanguage('system', ['de-AT'])).toBe('de');
    expect(getMainTranslator().formatLocale).toBe('de-AT');
    expect(getMainTranslator().intl.formatNumber(1234.5)).toBe('1\u00a0234,5');
    setMainLanguage('system', ['C']);
    expect(getMainTranslator().locale).toBe('en');
  });

  it('gives notices in the chosen language and maps their buttons back', () => {
    setMainLanguage('de', []);
    const text = formatNotice(
      getBreakNoticeText({ kind: 'posture', inSeconds: 60, canSnooze: true }, true),
    );
    expect(text.notice).toEqual({
      title: 'Haltungspause in 1 Minute',
      body: 'Beende deinen Satz, dann steh auf.',
      actions: ['Später', 'Jetzt starten'],
    });
    expect(text.actionFor('Später')).toBe('snooze');
    expect(text.actionFor('Jetzt starten')).toBe('startNow');
    expect(text.actionFor('Snooze')).toBeNull();
    expect(formatText({ id: 'tray.quit' })).toBe('Unknot beenden');
  });
});

describe('the language setting', () => {
  it("defaults to 'system', and a bad value is repaired to it", () => {
    expect(getDefaultSettings().language).toBe('system');
    const repaired = repairSettings({ ...getDefaultSettings(), language: 'xx' });
    expect(repaired.settings.language).toBe('system');
  });
});
