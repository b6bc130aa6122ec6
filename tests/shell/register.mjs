/**
 * `node --import ./tests/shell/register.mjs out/main/index.js` runs the real main bundle
 * with `electron` answered by the typed stand-in in ./electron (TypeScript, loaded by tsx).
 * Test-only: nothing under tests/ ships.
 */
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

// Registered first, so it runs after tsx's resolver, which then loads the .ts it names.
register('./resolve-electron.mjs', import.meta.url);
registerTsx();
