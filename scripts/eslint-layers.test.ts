import { Linter } from 'eslint';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers, { layerOf } from './eslint-layers.mjs';

const cwd = '/project';
const linter = new Linter({ cwd });
const config = [
  { files: ['**/*.ts'], languageOptions: { parser: ts.parser } },
  ...svelte.configs.base,
  { files: ['**/*.svelte'], languageOptions: { parserOptions: { parser: ts.parser } } },
  { files: ['**/*'], plugins: { layers }, rules: { 'layers/layers': 'error' as const } },
];
const lint = (file: string, code: string): string[] => linter.verify(code, config, { filename: `${cwd}/${file}` }).map((m) => m.message);

describe('the layer rule', () => {
  it('refuses the contract an import from the core, naming both and the reason', () => {
    expect(lint('electron/contract/methods.ts', "import { importFile } from '@core/import/import-service.ts';\n")).toEqual([
      'contract may not import layer core (@core/import/import-service.ts): the contract is shared with the renderer: pure TypeScript and zod only.',
    ]);
  });

  it('sees a crossing through a relative path as well as through an alias', () => {
    expect(lint('electron/core/search/search-service.ts', "import { startHost } from '../../host/server.ts';\n")).toEqual([
      'core may not import layer host (../../host/server.ts): the core runs headless (CLI, browser host, worker): contract and db/ only, no Electron.',
    ]);
  });

  it('keeps Electron in the desktop shell and SQL in db/', () => {
    expect(lint('electron/core/compose.ts', "import { app } from 'electron';\n")).toEqual([
      'core may not import package electron (electron): the core runs headless (CLI, browser host, worker): contract and db/ only, no Electron.',
    ]);
    expect(lint('electron/desktop/app.ts', "import { app } from 'electron';\nimport { compose } from '@core/compose.ts';\n")).toEqual([]);
    expect(lint('electron/host/server.ts', "import Database from 'better-sqlite3';\n")).toHaveLength(1);
  });

  it('keeps the CLI off db/: it reaches the library through the API dispatcher', () => {
    expect(lint('electron/cli/pack-command.ts', "import { getDocument } from '@db/queries/library.ts';\n")).toEqual([
      'cli may not import layer db (@db/queries/library.ts): the CLI is a transport: contract, core, web and host only.',
    ]);
    expect(lint('electron/cli/backup-command.ts', "import { backupLibrary } from '../../db/backup.ts';\n")).toHaveLength(1);
    expect(lint('electron/cli/cli-api.ts', "import { deferredLibrary } from '@core/deferred-library.ts';\n")).toEqual([]);
  });

  it('lets db/ use the shared rules and nothing else of electron/', () => {
    expect(lint('db/queries/x.ts', "import { readingGroups } from '@contract/rules/reading-order.ts';\n")).toEqual([]);
    expect(lint('db/queries/x.ts', "import type { Tag } from '@contract/contract.ts';\n")).toHaveLength(1);
  });

  it('gives the renderer the contract and svelte, never Node or the core', () => {
    const svelte = (imports: string) => lint('renderer/src/lib/X.svelte', `<script lang="ts">\n${imports}\n</script>\n`);
    expect(svelte("import { onMount } from 'svelte';\nimport type { BriefingApi } from '@contract/contract.ts';")).toEqual([]);
    expect(svelte("import { readFileSync } from 'node:fs';")).toEqual([
      'renderer may not import Node built-in node:fs (node:fs): the renderer reaches the core only through the API: contract types and svelte.',
    ]);
    expect(svelte("import type { LibraryCore } from '../../../electron/core/compose.ts';")).toHaveLength(1);
  });

  it('leaves files outside the layers alone', () => {
    expect(lint('scripts/x.ts', "import { app } from 'electron';\n")).toEqual([]);
    expect(layerOf('electron/contract/rules/limits.ts')).toBe('rules');
    expect(layerOf('electron/core/import/parse/index.ts')).toBe('core');
    expect(layerOf('bench/run.ts')).toBeNull();
  });
});
