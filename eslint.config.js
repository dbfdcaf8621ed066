import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'worker_threads'];
const behindApi = ['**/db/**', '**/electron/services/**', '**/electron/main/**', '**/electron/host/**', '**/electron/cli/**', '**/electron/preload/**'];

/** One layer's forbidden imports; type-only imports cross every border. */
const border = (files, groups, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: groups, message, allowTypeImports: true }] }],
  },
});

export default ts.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'test-results/'] },
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
  // The borders between layers. The renderer reaches the core only through the API;
  // only electron/main and electron/preload touch Electron; only db/ talks SQL.
  border(['renderer/src/**'], [...node, 'electron', 'better-sqlite3', ...behindApi], 'The renderer may import only the API (electron/api).'),
  border(['electron/api/**'], [...node, 'electron', 'better-sqlite3', ...behindApi], 'The API layer is shared with the renderer: pure TypeScript only.'),
  border(
    ['electron/services/**', 'electron/host/**', 'electron/cli/**', 'electron/security/**'],
    ['electron', 'better-sqlite3', '**/electron/main/**'],
    'Services run headless (CLI, browser host): no Electron; queries belong in db/.',
  ),
  border(['electron/main/**', 'electron/preload/**'], ['better-sqlite3', '**/db/**'], 'The shell reaches the library through services; SQL lives in db/.'),
  border(['db/**'], ['electron', '**/electron/**'], 'db/ knows nothing of Electron or the services above it.'),
);
