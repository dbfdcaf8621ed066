import { describe, expect, it } from 'vitest';
import { annotations, documents, tags } from './fixtures.test-helper.ts';
import { ExportFailure } from './errors.ts';
import { gatherExport } from './gather.ts';
import { sampleSource, session } from './source.test-helper.ts';

const options = { locale: 'zh-CN' as const, today: '2024-09-01' };

describe('gatherExport', () => {
  it('takes everything for "all", by document, dated today', async () => {
    const { input, model } = await gatherExport({ kind: 'all' }, sampleSource(), options);
    expect(input.annotations).toHaveLength(annotations.length);
    expect(input.cover).toEqual({ title: '学习笔记', trainee: null, className: null, date: '2024-09-01', place: null });
    expect(input.collectionId).toBe('urn:briefing:annotations');
    expect(model).toEqual({ groupBy: 'document', order: 'reading' });
  });

  it("asks for one document's notes and names the export after it", async () => {
    const source = sampleSource();
    const { input } = await gatherExport({ kind: 'document', documentId: documents[2]!.id }, source, options);
    expect(source.filters).toEqual([{ documentId: documents[2]!.id }]);
    expect(input.annotations.every((a) => a.documentId === documents[2]!.id)).toBe(true);
    expect(input.cover.title).toBe('《实施“三精”举措 锻造产改“智慧引擎”》学习笔记');
  });

  it("asks for one tag's notes and groups them by tag", async () => {
    const source = sampleSource();
    const { input, model } = await gatherExport({ kind: 'tag', tagId: tags.skills.id }, source, options);
    expect(source.filters).toEqual([{ tagId: tags.skills.id }]);
    expect(input.cover.title).toBe('“技能提升”专题笔记');
    expect(input.collectionId).toBe(`urn:briefing:annotations:tag:${tags.skills.id}`);
    expect(model.groupBy).toBe('tag');
  });

  it("takes a session's cover, reflection and order, skipping annotations since deleted", async () => {
    const { input, model } = await gatherExport({ kind: 'session', sessionId: session.id }, sampleSource(), options);
    expect(input.annotations.map((a) => a.id)).toEqual(session.annotationIds.slice(0, 2));
    expect(input.cover).toEqual({ title: '产改专题研讨', trainee: '李晓红', className: '产改培训班', date: '2024-08-06', place: '韩城市' });
    expect(input.reflection).toBe('收获很大。');
    expect(input.collectionId).toBe('urn:briefing:session:7');
    expect(model.order).toBe('given');
  });

  it('lets what the trainee typed on the export form win over the defaults', async () => {
    const { input } = await gatherExport({ kind: 'all' }, sampleSource(), { ...options, cover: { trainee: '王强', place: undefined } });
    expect(input.cover).toMatchObject({ title: '学习笔记', trainee: '王强', place: null });
  });

  it('fails with not-found for a document, tag or session that is not there', async () => {
    for (const scope of [
      { kind: 'document', documentId: 1 },
      { kind: 'tag', tagId: 1234 },
      { kind: 'session', sessionId: 1 },
    ] as const) {
      await expect(gatherExport(scope, sampleSource(), options)).rejects.toMatchObject({ name: 'ExportFailure', reason: 'not-found' });
    }
    await expect(gatherExport({ kind: 'session', sessionId: session.id }, sampleSource(false), options)).rejects.toBeInstanceOf(ExportFailure);
  });
});
