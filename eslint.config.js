// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Modules the pure core must never import: it runs unchanged in Node, the renderer and workers. */
const shellOnly = [
  { name: 'electron', message: 'The pure core (src/shared) must not import Electron.' },
  { name: 'react', message: 'The pure core (src/shared) must not import React.' },
  { name: 'react-dom', message: 'The pure core (src/shared) must not import React.' },
  { name: 'dexie', message: 'Only src/renderer/storage imports Dexie.' },
  { name: 'lexical', message: 'The pure core (src/shared) must not import Lexical.' },
  {
    name: 'fflate',
    importNames: ['unzipSync', 'unzip', 'Unzip', 'AsyncUnzipInflate', 'UnzipInflate'],
    message: 'Open archives with unzipBounded (src/shared/zip/bounded-unzip.ts): it caps expansion and checks CRC-32.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to its host only through HostApi.' }],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to its host only through HostApi.' },
            { name: 'dexie', message: 'Only src/renderer/src/storage imports Dexie.' },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts', 'src/shared/**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: shellOnly,
          patterns: [
            { group: ['@lexical/*', 'dexie-*'], message: 'The pure core must not import shell libraries.' },
            { group: ['node:*', 'fs', 'path', 'os', 'worker_threads'], message: 'The pure core runs in browsers too.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'The core never imports a shell.' },
          ],
        },
      ],
    },
  },
);
