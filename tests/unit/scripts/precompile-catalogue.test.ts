import { describe, expect, it } from 'vitest';
import { precompileMessages } from '../../../scripts/precompile-messages';

type Transform = (code: string, id: string) => Promise<{ code: string } | null>;

const transform = precompileMessages().transform as Transform;
const ROOT = '/work/unknot/src/shared/i18n';

/** A translation module as the TypeScript transform leaves it: one plain object. */
const translationModule = (catalogue: Record<string, string>) =>
  `export const translation = ${JSON.stringify({
    name: 'Deutsch',
    messages: { app: { 'break.start': 'Start {n}' }, common: { 'common.close': 'Schließen' } },
    catalogue,
  })};`;
const CODE = translationModule({
  'Lift your {side} arm.': 'Heb den {side, select, left {linken} other {rechten}} Arm.',
});

async function load(code: string): Promise<Record<string, unknown>> {
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
}

interface Parsed {
  name: string;
  messages: Record<string, Record<string, unknown[]>>;
  catalogue: Record<string, unknown[]>;
}

describe('the build parses each translation file like the English areas', () => {
  it('turns its messages and its catalogue into syntax trees, so the renderer needs no parser', async () => {
    const out = await transform(CODE, `${ROOT}/translations/de.ts`);
    const parsed = (await load(out?.code ?? '')).translation as Parsed;
    expect(parsed.name).toBe('Deutsch');
    expect(parsed.messages.app?.['break.start']?.[1]).toMatchObject({ type: 1, value: 'n' });
    expect(parsed.messages.common?.['common.close']).toEqual([{ type: 0, value: 'Schließen' }]);
    expect(parsed.catalogue['Lift your {side} arm.']?.[1]).toMatchObject({
      type: 5,
      value: 'side',
    });
  });

  it('parses an English area file and leaves every other module alone', async () => {
    const english = `export const appEn = ${JSON.stringify({ 'break.start': 'Start' })};`;
    const out = await transform(english, `${ROOT}/messages/app/en.ts`);
    expect((await load(out?.code ?? '')).appEn).toEqual({
      'break.start': [{ type: 0, value: 'Start' }],
    });
    expect(await transform(CODE, `${ROOT}/catalogue/sources.ts`)).toBeNull();
    expect(await transform(CODE, `${ROOT}/catalogue/catalogue-messages.ts`)).toBeNull();
    expect(await transform(CODE, `${ROOT}/generated/translations.ts`)).toBeNull();
    expect(await transform(CODE, `${ROOT}/translation.ts`)).toBeNull();
  });

  it('fails the build on a value that is not ICU, naming its file and id', async () => {
    const broken = translationModule({ Dizziness: 'Vertiges {' });
    await expect(transform(broken, `${ROOT}/translations/fr.ts`)).rejects.toThrow(
      /translations\/fr\.ts \(catalogue\): message "Dizziness" is not valid ICU/,
    );
  });
});
