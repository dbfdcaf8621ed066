import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './scripts/eslint-layers.mjs';

export default ts.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.cache/', 'test-results/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  { files: ['renderer/src/**'], languageOptions: { globals: { ...globals.browser } } },
  // Which folder may import which (scripts/eslint-layers.mjs, electron/README.md). Tests
  // may reach across layers to set up what they check.
  {
    files: ['electron/**', 'db/**', 'renderer/src/**'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    plugins: { layers },
    rules: { 'layers/layers': 'error' },
  },
);
