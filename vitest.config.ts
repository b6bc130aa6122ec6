import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * electron-store imports `electron` for the user-data path; in tests that one import
 * resolves to a small stand-in, and electron-store itself is inlined so the alias
 * reaches it. Everything else (conf, atomic writes, real files) is the real code.
 */
const electronStandIn = {
  resolve: { alias: { electron: resolve('tests/support/electron-stand-in.ts') } },
  test: { server: { deps: { inline: ['electron-store'] } } },
};

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        ...electronStandIn,
        test: {
          ...electronStandIn.test,
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/simulation/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          // One session bus and one notification daemon: files take turns.
          fileParallelism: false,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        ...electronStandIn,
        test: {
          ...electronStandIn.test,
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
