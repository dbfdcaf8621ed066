import { describe, expect, it } from 'vitest';
import { listBlocks, listDocuments } from '@db/queries/library.ts';
import type { Annotation } from '@contract/contract.ts';
import { searchLibrary } from '../search/search-service.ts';
import { createAnnotation, deleteAnnotation, listAnnotations } from './annotation-service.ts';
import { briefingOf, fixtureText, rangeOf, sampleLibrary, textAt, type SampleLibrary } from './library.test-helper.ts';
import { getReanchorReport, replaceBriefingKeepingAnnotations } from './reanchor-service.ts';
import { createTag } from './tag-service.ts';

const INSERTED = '本文根据会议录音整理,略有删节。';
const XIAN = '成立以党工委领导为组长';
const CONTRACTS = '企业劳动合同签订率达95%';
const REST = '推行工人疗养制度，先后组织200多人次劳模先进行疗休养。';
const BAOJI = '围绕全区重点产业链建设';
const SHENMU = '神木市委市政府高度重视产改工作';
const XUNYANG = '成立企业党支部44个，发展技术工人党员34人';

/** The sample with a paragraph inserted, a word changed, a sentence deleted and 旬阳市's speech removed. */
function corrected(text = fixtureText): string {
  const edited = text
    .replace('近年来,在党工委管委会', `${INSERTED}\n\n近年来,在党工委管委会`)
    .replace('签订率达95%', '签订率达96%')
    .replace('推行工人疗养制度,先后组织200多人次劳模先进行疗休养。', '');
  return edited.slice(0, edited.indexOf('聚焦重点 靶向施策')) + edited.slice(edited.indexOf('改革志在心 突破践于行'));
}

function annotate(lib: SampleLibrary) {
  const { db, docs } = lib;
  const [xian, hancheng, baoji, xunyang, shenmu] = docs.map((d) => d.id) as [number, number, number, number, number];
  const tag = createTag(db, '重点', '#ff8800');
  const highlight = (documentId: number, quote: string, note: string): Annotation =>
    createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, quote), note, tagIds: [tag.id] });
  const paragraph = listBlocks(db, xian).find((b) => b.text.startsWith(XIAN))!;
  const at = { blockId: paragraph.id, offset: 0 };
  return {
    tag,
    xian,
    hancheng,
    baoji,
    xunyang,
    shenmu,
    moved: highlight(xian, XIAN, '领导小组'),
    bookmark: createAnnotation(db, { documentId: xian, kind: 'bookmark', range: { start: at, end: at }, note: '书签' }),
    fuzzy: highlight(hancheng, CONTRACTS, '合同\n签订'),
    deleted: highlight(hancheng, REST, '疗休养笔记'),
    binned: deleteAnnotation(db, highlight(hancheng, '四个突出', '回收站里的').id),
    stayed: highlight(baoji, BAOJI, '产业链'),
    shenmuStays: highlight(shenmu, SHENMU, '高度重视'),
    lostDocument: highlight(xunyang, XUNYANG, '党支部笔记'),
    freeNote: createAnnotation(db, { documentId: xunyang, kind: 'note', note: '旬阳市的整体想法' }),
  };
}

const byId = (list: Annotation[]) => new Map(list.map((a) => [a.id, a]));

describe('re-importing a corrected briefing', () => {
  it('keeps every annotation: stayed, moved or orphaned, with notes and tags intact', () => {
    const lib = sampleLibrary();
    const { db, briefingId } = lib;
    const a = annotate(lib);
    const before = byId([...listAnnotations(db, {}), ...listAnnotations(db, { deleted: true })]);

    expect(replaceBriefingKeepingAnnotations(db, briefingId, briefingOf(corrected()))).toBe(true);

    const docs = listDocuments(db, briefingId);
    expect(docs.map((d) => d.id)).toEqual([a.xian, a.hancheng, a.baoji, a.shenmu]);
    const after = byId([...listAnnotations(db, {}), ...listAnnotations(db, { deleted: true })]);
    expect(after.size).toBe(before.size);
    for (const [id, old] of before) {
      const now = after.get(id)!;
      expect(now.note, `note of ${id}`).toBe(old.note);
      expect(now.tags, `tags of ${id}`).toEqual(old.tags);
      expect(now.quote?.exact ?? null).toBe(now.status === 'orphan' ? old.quote?.exact : textAt(db, now.documentId, now.range));
      expect(now.deletedAt).toBe(old.deletedAt);
    }

    const moved = after.get(a.moved.id)!;
    expect(moved).toMatchObject({ status: 'anchored', documentId: a.xian, paragraph: 3, quote: { exact: XIAN } });
    expect(moved.position!.start).toBe(a.moved.position!.start + INSERTED.length + 1);
    const bookmark = after.get(a.bookmark.id)!;
    expect(textAt(db, a.xian, bookmark.range)).toBe(a.bookmark.quote?.exact);
    expect(bookmark.range?.start.offset).toBe(0);
    expect(after.get(a.fuzzy.id)).toMatchObject({ status: 'anchored', quote: { exact: '企业劳动合同签订率达96%' } });
    expect(after.get(a.deleted.id)).toMatchObject({ status: 'orphan', range: null, quote: { exact: REST }, documentId: a.hancheng });
    expect(after.get(a.binned.id)).toMatchObject({ status: 'anchored', quote: { exact: '四个突出' } });
    expect(after.get(a.stayed.id)!.position).toEqual(a.stayed.position);
    expect(after.get(a.shenmuStays.id)).toMatchObject({ status: 'anchored', documentId: a.shenmu });
    // 旬阳市 is gone: what was on it waits, with its quote and note, in the speech now at its place.
    expect(after.get(a.lostDocument.id)).toMatchObject({ status: 'orphan', documentId: a.shenmu, quote: { exact: XUNYANG }, note: '党支部笔记' });
    expect(after.get(a.freeNote.id)).toMatchObject({ status: 'anchored', documentId: a.shenmu, note: '旬阳市的整体想法' });

    const report = getReanchorReport(db, briefingId)!;
    expect(report).toMatchObject({ briefingId, stayed: 2, moved: 3, orphaned: 2, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const item = (id: number) => report.items.find((i) => i.annotationId === id);
    expect(report.items).toHaveLength(7);
    expect(item(a.binned.id)).toBeUndefined();
    expect(item(a.fuzzy.id)).toEqual({ annotationId: a.fuzzy.id, status: 'moved', oldText: CONTRACTS, newText: '企业劳动合同签订率达96%' });
    expect(item(a.moved.id)).toEqual({ annotationId: a.moved.id, status: 'moved', oldText: XIAN, newText: XIAN });
    expect(item(a.deleted.id)).toEqual({ annotationId: a.deleted.id, status: 'orphaned', oldText: REST, newText: null });
    expect(item(a.stayed.id)).toMatchObject({ status: 'stayed' });
    expect(item(a.lostDocument.id)).toMatchObject({ status: 'orphaned', oldText: XUNYANG });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps notes and tags findable by search in the documents they are in now', () => {
    const lib = sampleLibrary();
    const a = annotate(lib);
    replaceBriefingKeepingAnnotations(lib.db, lib.briefingId, briefingOf(corrected()));
    const hits = (query: string) => searchLibrary(lib.db, { query }).groups.flatMap((g) => g.hits.map((h) => ({ document: g.document.id, ...h })));
    expect(hits('党支部笔记')).toEqual([expect.objectContaining({ kind: 'note', annotationId: a.lostDocument.id, document: a.shenmu })]);
    expect(hits('高度重视').filter((h) => h.kind === 'note')).toEqual([expect.objectContaining({ annotationId: a.shenmuStays.id, document: a.shenmu })]);
    expect(hits('回收站里的')).toEqual([]);
    expect(hits('重点').filter((h) => h.kind === 'tag')).toHaveLength(6);
    lib.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
  });

  it('follows a passage into the speech it was moved to when its own speech is gone', () => {
    const lib = sampleLibrary();
    const { db, briefingId } = lib;
    const a = annotate(lib);
    const paragraph = '紧扣党建引领,夯实发展根基。成立企业党支部44个,发展技术工人党员34人。';
    const line = fixtureText.split('\n').find((l) => l.startsWith(paragraph))!;
    const text = corrected().replace('近年来,在党工委管委会', `${line}\n\n近年来,在党工委管委会`);
    replaceBriefingKeepingAnnotations(db, briefingId, briefingOf(text));
    const after = byId(listAnnotations(db, {}));
    expect(after.get(a.lostDocument.id)).toMatchObject({ status: 'anchored', documentId: a.xian, quote: { exact: XUNYANG } });
    expect(after.get(a.freeNote.id)?.documentId).toBe(a.xian);
    expect(getReanchorReport(db, briefingId)?.items.find((i) => i.annotationId === a.lostDocument.id)).toMatchObject({ status: 'moved' });
  });

  it('reports everything as stayed when the same text comes again', () => {
    const lib = sampleLibrary();
    annotate(lib);
    replaceBriefingKeepingAnnotations(lib.db, lib.briefingId, briefingOf(fixtureText));
    expect(getReanchorReport(lib.db, lib.briefingId)).toMatchObject({ stayed: 7, moved: 0, orphaned: 0 });
    expect(getReanchorReport(lib.db, lib.briefingId + 1)).toBeNull();
  });

  it('changes nothing when any step fails', () => {
    const lib = sampleLibrary();
    const { db, briefingId } = lib;
    annotate(lib);
    const snapshot = () => ({
      annotations: [...listAnnotations(db, {}), ...listAnnotations(db, { deleted: true })],
      documents: listDocuments(db, briefingId),
      blocks: db.prepare('SELECT * FROM blocks ORDER BY id').all(),
      search: db.prepare('SELECT * FROM search_entries ORDER BY key').all(),
      report: getReanchorReport(db, briefingId),
    });
    const before = snapshot();
    db.exec("CREATE TEMP TRIGGER fail_report BEFORE INSERT ON reanchor_reports BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    expect(() => replaceBriefingKeepingAnnotations(db, briefingId, briefingOf(corrected()))).toThrow(/disk full/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses to delete a document that still holds annotations', () => {
    const lib = sampleLibrary();
    const a = annotate(lib);
    expect(() => lib.db.prepare('DELETE FROM documents WHERE id = ?').run(a.xunyang)).toThrow(/FOREIGN KEY/);
    expect(() => lib.db.prepare('DELETE FROM briefings WHERE id = ?').run(lib.briefingId)).toThrow(/FOREIGN KEY/);
    expect(listAnnotations(lib.db, {})).toHaveLength(8);
  });

  it('answers false for a briefing that does not exist', () => {
    const { db, briefingId } = sampleLibrary();
    expect(replaceBriefingKeepingAnnotations(db, briefingId + 1, briefingOf(fixtureText))).toBe(false);
  });
});
