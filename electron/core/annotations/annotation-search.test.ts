import { describe, expect, it } from 'vitest';
import type { Database } from '@db/open.ts';
import { indexAnnotations } from '@db/search/annotations.ts';
import { searchLibrary } from '../search/search-service.ts';
import { createAnnotation, deleteAnnotation, emptyBin, restoreAnnotation, updateAnnotation } from './annotation-service.ts';
import { rangeOf, sampleLibrary } from './library.test-helper.ts';
import { createTag, deleteTag, mergeTags, updateTag } from './tag-service.ts';

/** The hits for a query that are about annotations: [kind, annotation id, snippet]. */
function found(db: Database, query: string, filters: { unit?: string; briefingId?: number } = {}) {
  return searchLibrary(db, { query, ...filters }).groups.flatMap((g) =>
    g.hits.flatMap((h) => (h.kind === 'note' || h.kind === 'tag' ? [[h.kind, h.annotationId, h.snippet] as const] : [])),
  );
}

function checkIndex(db: Database): void {
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
  const stale = db
    .prepare(
      `SELECT count(*) FROM search_entries e LEFT JOIN annotations a ON a.id = e.annotation_id
        WHERE e.annotation_id IS NOT NULL AND (a.deleted_at IS NOT NULL OR a.document_id <> e.document_id)`,
    )
    .pluck()
    .get();
  expect(stale).toBe(0);
}

describe('library search over notes and tags', () => {
  it('finds notes and tag names, saying which and whose, after the text of their document', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[1]!.id;
    const tag = createTag(db, '心得体会', '#336699');
    const later = createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, '劳模工匠宣讲团'), note: '四个突出要记牢' });
    const earlier = createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, '紧扣“四个突出”'), note: '第一处：四个突出', tagIds: [tag.id] });
    const result = searchLibrary(db, { query: '四个突出' });
    const hits = result.groups.find((g) => g.document.id === documentId)!.hits;
    expect(hits.map((h) => h.kind)).toEqual(['title', 'paragraph', 'note', 'note']);
    expect(hits.slice(2)).toEqual([
      { kind: 'note', annotationId: earlier.id, snippet: '第一处：四个突出', ranges: [[4, 8]], match: [4, 8] },
      { kind: 'note', annotationId: later.id, snippet: '四个突出要记牢', ranges: [[0, 4]], match: [0, 4] },
    ]);
    expect(found(db, '心得')).toEqual([['tag', earlier.id, '心得体会']]);
    expect(found(db, '心得', { unit: '韩城市' })).toHaveLength(1);
    expect(found(db, '心得', { unit: '神木市' })).toEqual([]);
    checkIndex(db);
  });

  it('follows every change to notes, the bin and tags', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[0]!.id;
    const study = createTag(db, '学习', '#111111');
    const exam = createTag(db, '考试', '#222222');
    const a = createAnnotation(db, { documentId, kind: 'note', note: '旧的想法', tagIds: [study.id] });
    const b = createAnnotation(db, { documentId, kind: 'note', note: '另一条', tagIds: [exam.id] });

    updateAnnotation(db, { id: a.id, note: '新的想法' });
    expect(found(db, '旧的想法')).toEqual([]);
    expect(found(db, '新的想法')).toEqual([['note', a.id, '新的想法']]);
    updateAnnotation(db, { id: a.id, tagIds: [study.id, exam.id] });
    expect(found(db, '考试').map((h) => h[1])).toEqual([a.id, b.id]);
    expect(found(db, '考试')[0]![2]).toBe('学习 · 考试');

    deleteAnnotation(db, a.id);
    expect(found(db, '新的想法')).toEqual([]);
    restoreAnnotation(db, a.id);
    expect(found(db, '新的想法')).toHaveLength(1);

    updateTag(db, study.id, { name: '研读' });
    expect(found(db, '学习')).toEqual([]);
    expect(found(db, '研读')).toEqual([['tag', a.id, '研读 · 考试']]);
    mergeTags(db, exam.id, study.id);
    expect(found(db, '考试')).toEqual([]);
    expect(found(db, '研读').map((h) => h[1])).toEqual([a.id, b.id]);
    deleteTag(db, study.id);
    expect(found(db, '研读')).toEqual([]);
    expect(found(db, '想法')).toHaveLength(1);

    deleteAnnotation(db, a.id);
    emptyBin(db);
    expect(found(db, '想法')).toEqual([]);
    expect(found(db, '另一条')).toEqual([['note', b.id, '另一条']]);
    checkIndex(db);
  });

  it('rewrites no entries for a bare highlight, and leaves them as a full rewrite would', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[1]!.id;
    const entries = () => db.prepare('SELECT key, kind, annotation_id FROM search_entries WHERE document_id = ? ORDER BY key').all(documentId);
    const noted = createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, '劳模工匠宣讲团'), note: '宣讲' });
    const keys = entries();
    const bare = createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, '紧扣“四个突出”') });
    expect(entries()).toEqual(keys);
    indexAnnotations(db, documentId);
    expect(entries()).toEqual(keys);

    updateAnnotation(db, { id: bare.id, note: '四个突出' });
    expect(found(db, '四个突出').map(([kind, id]) => [kind, id])).toEqual([['note', bare.id]]);
    updateAnnotation(db, { id: bare.id, note: '' });
    deleteAnnotation(db, bare.id);
    expect(entries()).toEqual(keys);
    expect(found(db, '宣讲')).toEqual([['note', noted.id, '宣讲']]);
    checkIndex(db);
  });

  it('keeps empty notes and untagged annotations out of the index', () => {
    const { db, docs } = sampleLibrary();
    createAnnotation(db, { documentId: docs[0]!.id, kind: 'note', note: '  \n ' });
    expect(db.prepare('SELECT count(*) FROM search_entries WHERE annotation_id IS NOT NULL').pluck().get()).toBe(0);
  });
});

describe('searching annotated documents only', () => {
  it('follows a document as it gains its first annotation and loses its last', () => {
    const { db, docs } = sampleLibrary();
    const documents = (query: string) => searchLibrary(db, { query, annotatedOnly: true }).groups.map((g) => g.document.id);
    expect(searchLibrary(db, { query: '产改' }).groups.length).toBeGreaterThan(1);
    expect(documents('产改')).toEqual([]);

    const target = docs[2]!.id;
    const a = createAnnotation(db, { documentId: target, kind: 'highlight', range: rangeOf(db, target, '推动技能竞赛'), note: '' });
    expect(documents('产改')).toEqual([target]);
    const second = createAnnotation(db, { documentId: target, kind: 'note', note: '产改笔记' });
    expect(searchLibrary(db, { query: '产改', annotatedOnly: true }).groups[0]!.hits.some((h) => h.kind === 'note')).toBe(true);

    deleteAnnotation(db, a.id);
    expect(documents('产改')).toEqual([target]);
    deleteAnnotation(db, second.id);
    expect(documents('产改')).toEqual([]);
    restoreAnnotation(db, a.id);
    expect(documents('产改')).toEqual([target]);
    expect(searchLibrary(db, { query: '产改' }).total).toBeGreaterThan(searchLibrary(db, { query: '产改', annotatedOnly: true }).total);
    checkIndex(db);
  });
});
