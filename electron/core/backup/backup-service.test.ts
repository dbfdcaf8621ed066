import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import type { ApiResult, Envelope } from '@contract/contract.ts';
import { createAnnotation } from '../annotations/annotation-service.ts';
import { sourceWorker } from '../import/worker/test-config.test-helper.ts';
import { openLibraryCore, type LibraryCore } from '../compose.ts';

async function session(): Promise<LibraryCore> {
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-api-backup-')), 'library.sqlite3');
  const s = await openLibraryCore({ path, version: '1.0.0', samplePath: null, importWorker: sourceWorker });
  const briefingId = insertBriefing(s.db, {
    title: '简报',
    preface: null,
    credits: [],
    source: { name: 'a.txt', format: 'txt', sha256: 'cd'.repeat(32), bytes: new Uint8Array([1]) },
    documents: [{ title: '标题', unit: null, speakerName: null, speakerRole: null, blocks: [{ kind: 'paragraph', level: null, text: '正文。' }] }],
  });
  expect(briefingId).toBeGreaterThan(0);
  return s;
}

const documentId = (s: LibraryCore) => s.db.prepare('SELECT id FROM documents LIMIT 1').pluck().get() as number;
const notes = async (s: LibraryCore) => {
  const r = (await s.dispatch('listAnnotations', {})) as Envelope<ApiResult<'listAnnotations'>>;
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.annotations.map((a) => a.note);
};

describe('backupLibrary / restoreLibrary through the dispatcher', () => {
  it('downloads a backup and restores it into the open library, keeping a safety backup', async () => {
    const s = await session();
    createAnnotation(s.db, { documentId: documentId(s), kind: 'note', note: '备份前' });
    const backup = (await s.dispatch('backupLibrary', {})) as Envelope<ApiResult<'backupLibrary'>>;
    if (!backup.ok) throw new Error(backup.error.message.en);
    expect(backup.value.fileName).toMatch(/^briefing-library-\d{8}T\d{6}Z\.sqlite3$/);

    createAnnotation(s.db, { documentId: documentId(s), kind: 'note', note: '备份后' });
    const restored = (await s.dispatch('restoreLibrary', backup.value)) as Envelope<ApiResult<'restoreLibrary'>>;
    if (!restored.ok) throw new Error(restored.error.message.en);
    expect(restored.value.safetyBackup).toMatch(/library\.sqlite3\.before-restore-\d{8}T\d{6}Z\.bak$/);
    expect(existsSync(restored.value.safetyBackup)).toBe(true);
    expect(await notes(s)).toEqual(['备份前']);
    s.close();
  });

  it('refuses a file that is not a library, changing nothing', async () => {
    const s = await session();
    createAnnotation(s.db, { documentId: documentId(s), kind: 'note', note: '原有' });
    const r = await s.dispatch('restoreLibrary', { fileName: 'x.bak', data: Buffer.from('not a library at all').toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { code: 'backup_invalid' } });
    if (!r.ok) expect(r.error.message['zh-CN']).toContain('资料库未作任何改动');
    expect(await notes(s)).toEqual(['原有']);
    expect(await s.dispatch('restoreLibrary', { fileName: 'x.bak', data: '***' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    s.close();
  });
});
