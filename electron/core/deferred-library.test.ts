import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '@contract/contract.ts';
import { deferredLibrary } from './deferred-library.ts';
import { sourceWorker } from './import/worker/test-config.test-helper.ts';

const fixtures = join(import.meta.dirname, 'import', 'parse', 'fixtures');
const base64 = (file: string) => readFileSync(join(fixtures, file)).toString('base64');

function library() {
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-deferred-')), 'library.sqlite3');
  return { path, lib: deferredLibrary({ path, version: '0.0.0', samplePath: null, importWorker: sourceWorker }) };
}

const value = <T>(envelope: Envelope): T => {
  if (!envelope.ok) throw new Error(envelope.error.message.en);
  return envelope.value as T;
};

describe('a library opened only when a call needs it', () => {
  it('reads a file for a preview, and refuses bad arguments, without creating a library', async () => {
    const { path, lib } = library();
    const preview = value<{ documents: unknown[] }>(await lib.dispatch('previewImport', { fileName: 'sample-briefing.txt', data: base64('sample-briefing.txt'), locale: 'en' }));
    expect(preview.documents).toHaveLength(5);
    const unreadable = await lib.dispatch('importFiles', { files: [{ fileName: 'empty.txt', data: '' }] });
    expect(unreadable).toMatchObject({ ok: false, error: { code: 'import_failed' } });
    const refused = await lib.dispatch('importFiles', { files: [] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await lib.dispatch('listDocuments', { briefingId: 'one' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const notBackup = await lib.dispatch('restoreLibrary', { fileName: 'x.bak', data: Buffer.from('不是资料库'.repeat(100)).toString('base64') });
    expect(notBackup).toMatchObject({ ok: false, error: { code: 'backup_invalid' } });
    await lib.close();
    expect(existsSync(path)).toBe(false);
  });

  it('opens the library for everything else, and imports several files in one call', async () => {
    const { path, lib } = library();
    const files = [
      { fileName: 'sample-briefing.txt', data: base64('sample-briefing.txt') },
      { fileName: 'sample-briefing.docx', data: base64('sample-briefing.docx') },
    ];
    const { imported } = value<{ imported: { briefing: { uri: string }; documentCount: number; alreadyImported: boolean }[] }>(
      await lib.dispatch('importFiles', { files }),
    );
    expect(imported).toEqual([
      { briefing: expect.objectContaining({ uri: 'urn:briefing:pack:1' }), documentCount: 5, alreadyImported: false },
      { briefing: expect.objectContaining({ uri: 'urn:briefing:pack:2' }), documentCount: 5, alreadyImported: false },
    ]);
    expect(await lib.dispatch('importFiles', { files, replaceBriefingId: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(value<{ documents: unknown[] }>(await lib.dispatch('listDocuments', {})).documents).toHaveLength(10);
    await lib.close();
    expect(existsSync(path)).toBe(true);
  });

  it('places the annotations of a JSON-LD file through the API', async () => {
    const { lib } = library();
    value(await lib.dispatch('importFiles', { files: [{ fileName: 'sample-briefing.txt', data: base64('sample-briefing.txt') }] }));
    const text = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'a1',
      target: { source: 'urn:briefing:doc:999', selector: { type: 'TextQuoteSelector', exact: '产业工人' } },
    });
    expect(value(await lib.dispatch('importAnnotations', { text }))).toEqual({
      imported: 0,
      orphaned: 0,
      skipped: [{ annotation: 'a1', source: 'urn:briefing:doc:999', reason: 'missing-document' }],
    });
    expect(await lib.dispatch('importAnnotations', { text: '{ nope' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    await lib.close();
  });
});
