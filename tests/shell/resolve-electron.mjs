/* global URL */
/** A module.register() resolve hook: the bare specifier `electron` becomes the stand-in. */
const STAND_IN = new URL('./electron/index.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
