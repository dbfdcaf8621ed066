import { createExportJobs } from '../export/export-service.ts';
import { describe, expect, it } from 'vitest';
import type { ApiArg, ApiMethod, ApiResult, Envelope, ImportJob } from '@contract/contract.ts';
import { createDispatcher } from '@contract/dispatcher.ts';
import { createHandlers } from '../handlers.ts';
import { parseBriefingText } from '../import/parse/index.ts';
import { ImportJobs } from '../import/import-jobs.ts';
import { fixtureText, rangeOf, sampleLibrary } from './library.test-helper.ts';

function api() {
  const lib = sampleLibrary();
  const parse = (bytes: Uint8Array) => Promise.resolve(parseBriefingText(new TextDecoder().decode(bytes)));
  const imports = new ImportJobs(lib.db, parse, () => 'zh-CN');
  const dispatch = createDispatcher(createHandlers({ db: lib.db, imports, exports: createExportJobs(lib.db, { locale: () => 'zh-CN' }), parse, libraryPath: ':memory:', version: '0.0.0' }));
  const call = async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
    const envelope: Envelope = await dispatch(method, arg);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message.en), { code: envelope.error.code });
    return envelope.value as ApiResult<M>;
  };
  const refused = async (method: string, arg: unknown): Promise<string | null> => {
    const envelope = await dispatch(method, arg);
    return envelope.ok ? null : envelope.error.code;
  };
  return { ...lib, call, refused };
}

describe('the annotations API', () => {
  it('refuses arguments beyond its bounds before any service runs', async () => {
    const { refused, docs } = api();
    const documentId = docs[0]!.id;
    const point = { blockId: 1, offset: 0 };
    expect(await refused('createAnnotation', { documentId, kind: 'note', note: 'x'.repeat(100_001) })).toBe('invalid_argument');
    expect(await refused('createAnnotation', { documentId, kind: 'note', tagIds: Array.from({ length: 101 }, (_, i) => i + 1) })).toBe('invalid_argument');
    expect(await refused('createAnnotation', { documentId, kind: 'highlight', range: { start: { blockId: 1, offset: -1 }, end: point } })).toBe('invalid_argument');
    expect(await refused('createAnnotation', { documentId, kind: 'highlight', range: { start: { ...point, offset: 1.5 }, end: point } })).toBe('invalid_argument');
    expect(await refused('createAnnotation', { documentId, kind: 'highlight', color: 'orange' })).toBe('invalid_argument');
    expect(await refused('createAnnotation', { documentId, kind: 'note', extra: 1 })).toBe('invalid_argument');
    expect(await refused('createTag', { name: '字'.repeat(41), color: '#000000' })).toBe('invalid_argument');
    expect(await refused('createTag', { name: '   ', color: '#000000' })).toBe('invalid_argument');
    expect(await refused('createTag', { name: '好', color: '#00000' })).toBe('invalid_argument');
    expect(await refused('listAnnotations', { status: 'lost' })).toBe('invalid_argument');
    expect(await refused('getReanchorReport', { briefingId: 0 })).toBe('invalid_argument');
  });

  it('carries the whole round: tag, annotate, list, bin, and a re-import reviewed in the app', async () => {
    const { call, refused, db, docs, briefingId } = api();
    const documentId = docs[1]!.id;
    const tag = await call('createTag', { name: '  重点 ', color: '#AA0000' });
    expect(tag).toMatchObject({ name: '重点', color: '#aa0000', count: 0 });
    expect(await refused('createTag', { name: '重点', color: '#000000' })).toBe('tag_exists');
    const a = await call('createAnnotation', { documentId, kind: 'highlight', range: rangeOf(db, documentId, '企业劳动合同签订率达95%'), note: '数字', tagIds: [tag.id] });
    expect((await call('listAnnotations', { tagId: tag.id })).annotations.map((x) => x.id)).toEqual([a.id]);
    expect((await call('listTags', {})).tags[0]?.count).toBe(1);
    expect(await refused('createAnnotation', { documentId, kind: 'highlight', range: { start: { blockId: 999_999, offset: 0 }, end: { blockId: 999_999, offset: 1 } } })).toBe(
      'invalid_range',
    );

    const job = await call('startImport', { fileName: 'corrected.txt', data: Buffer.from(fixtureText.replace('签订率达95%', '签订率达96%')).toString('base64') });
    let ready: ImportJob = job;
    for (let i = 0; i < 100 && ready.state === 'reading'; i++) {
      await new Promise((r) => setTimeout(r, 5));
      ready = await call('getImportJob', { id: job.id });
    }
    expect(await call('getReanchorReport', { briefingId })).toBeNull();
    await call('commitImport', { id: job.id, draft: ready.draft!, replaceBriefingId: briefingId });
    const report = await call('getReanchorReport', { briefingId });
    expect(report).toMatchObject({ stayed: 0, moved: 1, orphaned: 0, items: [{ annotationId: a.id, oldText: '企业劳动合同签订率达95%', newText: '企业劳动合同签订率达96%' }] });

    await call('deleteAnnotation', { id: a.id });
    expect((await call('listAnnotations', { deleted: true })).annotations.map((x) => x.note)).toEqual(['数字']);
    expect(await call('emptyBin', {})).toEqual({ removed: 1, briefings: 0 });
    expect(await call('deleteTag', { id: tag.id })).toEqual({ deleted: true });
  });
});
