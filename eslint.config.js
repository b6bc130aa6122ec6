import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'test-results/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Core is pure: no Electron, no Node, no clock reads (time is an argument).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'electron',
            'node:*',
            'fs',
            'path',
            'os',
            'child_process',
            '../main/*',
            '../renderer/*',
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Core never reads the clock: take time as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Core never reads the clock: take time as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
          message: 'Core never reads the clock: take time as an argument.',
        },
        {
          selector: 'CallExpression[callee.name=/^(setTimeout|setInterval)$/]',
          message: 'Core has no timers: return wakeAt instead.',
        },
      ],
    },
  },
  {
    // Shared is what every side imports, so it imports none of them: no cycles, and
    // the renderer never pulls core or main in through a shared module.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/*', '**/core'], message: 'src/shared imports nothing from core.' },
            { group: ['**/main/*', '**/main'], message: 'src/shared imports nothing from main.' },
            {
              group: ['**/renderer/*', '**/renderer'],
              message: 'src/shared imports nothing from renderer.',
            },
            { group: ['**/preload/*'], message: 'src/shared imports nothing from preload.' },
            { group: ['electron'], message: 'src/shared runs in every process: no Electron.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to main only through window.unknot.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', '../../main/*', 'electron-store'] },
      ],
    },
  },
);
