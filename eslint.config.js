import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const nodeModules = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'worker_threads'];
const behindApi = ['**/db/**', '**/electron/services/**', '**/electron/main/**', '**/electron/host/**', '**/electron/cli/**', '**/electron/preload/**'];

/**
 * One layer's forbidden imports: `modules` by exact name, `folders` as path patterns,
 * `regex` as one pattern over the import's path, `node` for every `node:` built-in. Type-only imports cross every border.
 */
const border = (files, { modules = [], folders = [], regex, node = false }, message) => {
  const patterns = [];
  if (folders.length) patterns.push({ group: folders, message, allowTypeImports: true });
  if (regex) patterns.push({ regex, message, allowTypeImports: true });
  if (node) patterns.push({ regex: '^node:', message, allowTypeImports: true });
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: modules.map((name) => ({ name, message, allowTypeImports: true })), patterns },
      ],
    },
  };
};

export default ts.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.cache/', 'test-results/'] },
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
  border(
    ['renderer/src/**'],
    { modules: [...nodeModules, 'electron', 'better-sqlite3'], folders: behindApi, node: true },
    'The renderer may import only the API (electron/api).',
  ),
  border(
    ['electron/api/**', 'electron/contract/**'],
    { modules: [...nodeModules, 'electron', 'better-sqlite3'], folders: behindApi, node: true },
    'The API layer is shared with the renderer: pure TypeScript only.',
  ),
  border(
    ['electron/services/**', 'electron/host/**', 'electron/cli/**', 'electron/security/**'],
    { modules: ['electron', 'better-sqlite3'], folders: ['**/electron/main/**'] },
    'Services run headless (CLI, browser host): no Electron; queries belong in db/.',
  ),
  border(
    ['electron/main/**', 'electron/preload/**'],
    { modules: ['better-sqlite3'], folders: ['**/db/**'] },
    'The shell reaches the library through services; SQL lives in db/.',
  ),
  // The shared rules (electron/contract/rules) are pure and hold what db/ must agree on.
  border(
    ['db/**'],
    { modules: ['electron'], regex: '(^|/)electron/(?!contract/rules/)' },
    'db/ knows nothing of Electron or the services above it.',
  ),
);
