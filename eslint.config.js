// ESLint flat config. Pragmatic on purpose: catch bugs and layer crossings, leave style to Prettier (`npm run format`).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns that cross a layer boundary (the same rules as test/unit/layering.test.ts). */
const crossing = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/**`, `${layer}/**`],
    message: `Do not import ${layer}/ from here (see docs/foundation.md, Layers).`,
  }));
const nodeBuiltins = { group: ['node:*'], message: 'No Node builtins in this layer.' };
const electronImport = { name: 'electron', message: 'Only electron/ may import Electron.' };

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'web-dist/**',
      'dist/**',
      'bin/dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.vite/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/ban-ts-comment': 'warn',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/consistent-type-imports': ['warn', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      'prefer-const': 'warn',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    // `let { a } = $props()` is the Svelte 5 idiom.
    rules: { 'prefer-const': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser, __APP_VERSION__: 'readonly' } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [...crossing('electron', 'cli'), nodeBuiltins] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [...crossing('electron', 'renderer', 'cli'), nodeBuiltins] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ has no clock: time comes in the request.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ has no clock: time comes in the request.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'shared/ has no randomness.',
        },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` table and a union instead of enum.' },
      ],
    },
  },
  {
    files: ['electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: crossing('renderer', 'cli') }] },
  },
  {
    files: ['cli/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: crossing('renderer', 'electron') }],
    },
  },
  {
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
