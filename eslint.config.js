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

/** The renderer's features (src/renderer/src/features/*): each walled off from the others. */
const FEATURES = ['codebook', 'export', 'import', 'library', 'projects', 'viewer'];

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
  // A feature is props in, intents out: it may use the core, ui/, i18n/ and platform types, but not
  // storage, commands, the app shell or another feature (the app wires them together).
  ...FEATURES.map((feature) => ({
    files: [`src/renderer/src/features/${feature}/**/*.{ts,tsx}`],
    ignores: ['src/renderer/src/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to its host only through HostApi.' },
            { name: 'dexie', message: 'Only src/renderer/src/storage imports Dexie.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser.' },
            {
              regex: '^(\\.\\./)+(storage|commands|app)(/|$)',
              message: 'A feature gets its data and actions as props: storage, commands and the app are the shell’s.',
            },
            {
              regex: `^(\\.\\./)+(${FEATURES.filter((f) => f !== feature).join('|')})(/|$)`,
              message: 'A feature does not import another feature: move what both need to ui/ or src/shared.',
            },
          ],
        },
      ],
    },
  })),
  // Commands read and write rows through storage's repository functions: table and index names stay in storage.
  {
    files: ['src/renderer/src/commands/**/*.ts'],
    ignores: ['src/renderer/src/commands/**/*.test.ts', 'src/renderer/src/commands/test-setup.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(where|table|bulkGet|bulkPut|bulkAdd|bulkDelete|toCollection|orderBy|transaction)$/]',
          message: 'A command reads rows through storage’s repository functions (index names live only in storage).',
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
