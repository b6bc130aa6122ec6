import { describe, expect, it } from 'vitest';
import { precompileMessages } from '../../../scripts/precompile-messages';

type Transform = (code: string, id: string) => Promise<{ code: string } | null>;

const transform = precompileMessages().transform as Transform;
const ROOT = '/work/unknot/src/shared/i18n';
const CODE = `export const catalogueDe = ${JSON.stringify({
  'Lift your {side} arm.': 'Heb den {side, select, left {linken} other {rechten}} Arm.',
})};`;

async function load(code: string): Promise<Record<string, unknown>> {
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
}

describe('the build parses catalogue files like the message areas', () => {
  it('turns a locale’s catalogue into syntax trees, so the renderer needs no parser', async () => {
    const out = await transform(CODE, `${ROOT}/catalogue/de.ts`);
    const parsed = (await load(out?.code ?? '')).catalogueDe as Record<string, unknown[]>;
    expect(parsed['Lift your {side} arm.']?.[1]).toMatchObject({ type: 5, value: 'side' });
  });

  it('leaves the catalogue’s other modules alone and fails on a value that is not ICU', async () => {
    expect(await transform(CODE, `${ROOT}/catalogue/sources.ts`)).toBeNull();
    expect(await transform(CODE, `${ROOT}/catalogue/catalogue-messages.ts`)).toBeNull();
    const broken = `export const catalogueFr = ${JSON.stringify({ Dizziness: 'Vertiges {' })};`;
    await expect(transform(broken, `${ROOT}/catalogue/fr.ts`)).rejects.toThrow(
      /message "Dizziness" is not valid ICU/,
    );
  });
});
