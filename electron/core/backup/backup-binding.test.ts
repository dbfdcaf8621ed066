import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as backupDb from '@db/backup.ts';
import type { ApiResult, Envelope } from '@contract/contract.ts';
import { sourceWorker } from '../import/worker/test-config.test-helper.ts';
import { openLibraryCore } from '../compose.ts';

vi.mock('@db/backup.ts', { spy: true });

// The build Node loads anyway, named explicitly as the desktop app names Electron's.
const binding = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

describe('backup and restore in a library opened with a named better-sqlite3 build', () => {
  it('open their extra connections with that build too (under Electron, Node’s build would not load)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefing-binding-')), 'library.sqlite3');
    const s = await openLibraryCore({ path, version: '1.0.0', samplePath: null, importWorker: sourceWorker, nativeBinding: binding });
    const backup = (await s.dispatch('backupLibrary', {})) as Envelope<ApiResult<'backupLibrary'>>;
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    const restored = await s.dispatch('restoreLibrary', { fileName: backup.value.fileName, data: backup.value.data });
    expect(restored.ok).toBe(true);
    const named = { nativeBinding: binding };
    expect(vi.mocked(backupDb.backupLibrary).mock.calls.every((call) => call[2]?.nativeBinding === binding)).toBe(true);
    expect(vi.mocked(backupDb.backupLibrary)).toHaveBeenCalledTimes(2);
    expect(vi.mocked(backupDb.checkLibraryFile)).toHaveBeenCalledWith(expect.any(String), named);
    expect(vi.mocked(backupDb.restoreLibraryFrom)).toHaveBeenCalledWith(s.db, path, expect.any(String), named);
    s.close();
  });
});
