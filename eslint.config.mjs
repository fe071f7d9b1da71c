// ESLint (flat config): TypeScript, Lit and web-component rules, Lit accessibility rules, and the
// project's red lines (no HTML from strings, no eval, no storage) as errors in shipped code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

const redLines = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Content is text: build Lit templates, never HTML strings.' },
    { property: 'outerHTML', message: 'Content is text: build Lit templates, never HTML strings.' },
    {
      property: 'insertAdjacentHTML',
      message: 'Content is text: build Lit templates, never HTML strings.',
    },
    { object: 'document', property: 'write', message: 'Never write HTML into the page.' },
    { object: 'document', property: 'cookie', message: 'Shieldkit leaves no traces: no cookies.' },
    { object: 'navigator', property: 'sendBeacon', message: 'Shieldkit sends nothing anywhere.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'localStorage', message: 'Shieldkit leaves no traces: no web storage.' },
    { name: 'sessionStorage', message: 'Shieldkit leaves no traces: no web storage.' },
    { name: 'indexedDB', message: 'Shieldkit leaves no traces: no IndexedDB.' },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['lit/directives/unsafe-*'],
          message: 'Content is text: no unsafeHTML/unsafeSVG.',
        },
        {
          group: ['lit-html/directives/unsafe-*'],
          message: 'Content is text: no unsafeHTML/unsafeSVG.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/shieldkit/lib/**',
      'packages/studio/lib/**',
      'scripts/bench/pages/**',
      'coverage/**',
      'storybook-static/**',
      'examples/**/dist/**',
      '**/custom-elements.json',
      // generated from packages/locales/translations/ by scripts/locales-build.mjs
      'packages/locales/src/languages/**',
      'packages/locales/src/checklists/**',
      'packages/locales/src/scenarios/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.stories.ts'],
    rules: redLines,
  },
  {
    // Content parsing stays linear: a regular expression that can backtrack super-linearly on
    // crafted content would freeze the reader's page (and the quick exit with it).
    files: ['packages/*/src/**/*.ts', 'packages/*/bin/**/*.js'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Tests may touch storage on purpose (the safety guard watches it) and use mocha globals.
    files: ['packages/*/test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
