import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { detachAnnotations } from '@db/queries/annotations.ts';
import { listBlocks, listDocuments } from '@db/queries/library.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import type { Annotation } from '@contract/contract.ts';
import {
  createAnnotation,
  deleteAnnotation,
  emptyBin,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from './annotation-service.ts';
import { codeOf, rangeOf, sampleLibrary, textAt } from './library.test-helper.ts';
import { createTag, listTags } from './tag-service.ts';

const XIAN_PASSAGE = '成立以党工委领导为组长';

describe('createAnnotation', () => {
  it('stores a highlight with its selectors, ¶ and heading path', () => {
    const { db, docs } = sampleLibrary();
    const xian = docs[0]!;
    const a = createAnnotation(db, { documentId: xian.id, kind: 'highlight', range: rangeOf(db, xian.id, XIAN_PASSAGE) });
    expect(a).toMatchObject({
      uri: `urn:briefing:annotation:${a.id}`,
      documentId: xian.id,
      kind: 'highlight',
      style: 'highlight',
      color: 'yellow',
      status: 'anchored',
      note: '',
      tags: [],
      deletedAt: null,
      quote: { type: 'TextQuoteSelector', exact: XIAN_PASSAGE, suffix: expect.stringMatching(/^，常务副主席/) },
      position: { type: 'TextPositionSelector', start: expect.any(Number), end: expect.any(Number) },
      paragraph: 2,
      headingPath: ['一、举旗帜、筑信念，全面加强产业工人思想政治引领', '（一）建立领导组织架构，指挥协调。'],
    });
    expect(a.quote?.prefix).toMatch(/指挥协调。\n$/);
    expect(a.position!.end - a.position!.start).toBe(XIAN_PASSAGE.length);
    expect(textAt(db, xian.id, a.range)).toBe(XIAN_PASSAGE);
  });

  it('keeps the style and colour asked for', () => {
    const { db, docs } = sampleLibrary();
    const a = createAnnotation(db, { documentId: docs[0]!.id, kind: 'highlight', style: 'underline', color: 'blue', range: rangeOf(db, docs[0]!.id, '指挥协调') });
    expect(a).toMatchObject({ style: 'underline', color: 'blue', paragraph: null, headingPath: ['一、举旗帜、筑信念，全面加强产业工人思想政治引领'] });
  });

  it('drops white space at the ends of a selection and turns a backward one round', () => {
    const { db, docs } = sampleLibrary();
    const id = docs[0]!.id;
    const blocks = listBlocks(db, id);
    const heading = blocks[2]!;
    const paragraph = blocks[3]!;
    const a = createAnnotation(db, {
      documentId: id,
      kind: 'highlight',
      range: { start: { blockId: paragraph.id, offset: 5 }, end: { blockId: heading.id, offset: heading.text.length } },
    });
    expect(a.range).toEqual({ start: { blockId: paragraph.id, offset: 0 }, end: { blockId: paragraph.id, offset: 5 } });
    expect(a.quote?.exact).toBe(paragraph.text.slice(0, 5));
  });

  it('refuses a range that is not in the document as it is', () => {
    const { db, docs } = sampleLibrary();
    const [xian, hancheng] = [docs[0]!, docs[1]!];
    const block = listBlocks(db, xian.id)[0]!;
    const at = (offset: number, blockId = block.id) => ({ blockId, offset });
    const create = (range: { start: { blockId: number; offset: number }; end: { blockId: number; offset: number } }) => () =>
      createAnnotation(db, { documentId: xian.id, kind: 'highlight', range });
    expect(codeOf(create({ start: at(0, listBlocks(db, hancheng.id)[0]!.id), end: at(3, listBlocks(db, hancheng.id)[0]!.id) }))).toBe('invalid_range');
    expect(codeOf(create({ start: at(0), end: at(block.text.length + 1) }))).toBe('invalid_range');
    expect(codeOf(create({ start: at(0, 999_999), end: at(1) }))).toBe('invalid_range');
    expect(codeOf(create({ start: at(4), end: at(4) }))).toBe('invalid_range');
    expect(listAnnotations(db, {})).toEqual([]);
  });

  it('refuses offsets between the halves of a surrogate pair, and a blank selection', () => {
    const { db } = openLibrary(':memory:');
    const briefingId = insertBriefing(db, {
      title: null,
      preface: null,
      credits: [],
      source: { name: 'x.txt', format: 'txt', sha256: '00'.repeat(32), bytes: new Uint8Array() },
      documents: [{ title: '篇', unit: null, speakerName: null, speakerRole: null, blocks: [{ kind: 'paragraph', level: null, text: '古𠀋字   文' }] }],
    });
    const doc = listDocuments(db, briefingId)[0]!;
    const blockId = listBlocks(db, doc.id)[0]!.id;
    const range = (a: number, b: number) => ({ start: { blockId, offset: a }, end: { blockId, offset: b } });
    expect(codeOf(() => createAnnotation(db, { documentId: doc.id, kind: 'highlight', range: range(2, 4) }))).toBe('invalid_range');
    expect(codeOf(() => createAnnotation(db, { documentId: doc.id, kind: 'highlight', range: range(4, 6) }))).toBe('invalid_range');
    expect(createAnnotation(db, { documentId: doc.id, kind: 'highlight', range: range(1, 3) }).quote?.exact).toBe('𠀋');
  });

  it('refuses what does not fit the kind, unknown tags and unknown documents', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[0]!.id;
    const range = rangeOf(db, documentId, XIAN_PASSAGE);
    expect(codeOf(() => createAnnotation(db, { documentId, kind: 'note', range }))).toBe('invalid_argument');
    expect(codeOf(() => createAnnotation(db, { documentId, kind: 'highlight' }))).toBe('invalid_argument');
    expect(codeOf(() => createAnnotation(db, { documentId, kind: 'bookmark', range, style: 'underline' }))).toBe('invalid_argument');
    expect(codeOf(() => createAnnotation(db, { documentId, kind: 'highlight', range, tagIds: [42] }))).toBe('not_found');
    expect(codeOf(() => createAnnotation(db, { documentId: 999, kind: 'note' }))).toBe('not_found');
    expect(listAnnotations(db, {})).toEqual([]);
  });

  it('bookmarks a whole paragraph from a point in it', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[0]!.id;
    const paragraph = listBlocks(db, documentId)[3]!;
    const point = { blockId: paragraph.id, offset: 2 };
    const a = createAnnotation(db, { documentId, kind: 'bookmark', range: { start: point, end: point } });
    expect(a).toMatchObject({ style: null, color: null, paragraph: 2, quote: { exact: paragraph.text } });
    expect(a.range).toEqual({ start: { blockId: paragraph.id, offset: 0 }, end: { blockId: paragraph.id, offset: paragraph.text.length } });
    const next = listBlocks(db, documentId)[5]!;
    expect(codeOf(() => createAnnotation(db, { documentId, kind: 'bookmark', range: { start: point, end: { blockId: next.id, offset: 0 } } }))).toBe(
      'invalid_range',
    );
  });

  it('keeps a free-standing note on the document, with its lines', () => {
    const { db, docs } = sampleLibrary();
    const a = createAnnotation(db, { documentId: docs[1]!.id, kind: 'note', note: '第一行\r\n第二行\n\n第\0四行\ud800' });
    expect(a).toMatchObject({ range: null, quote: null, position: null, paragraph: null, headingPath: [], color: null, style: null });
    expect(a.note).toBe('第一行\n第二行\n\n第四行\ufffd');
    expect(codeOf(() => createAnnotation(db, { documentId: docs[1]!.id, kind: 'note', note: '字'.repeat(100_001) }))).toBe('invalid_argument');
  });
});

describe('updateAnnotation', () => {
  function highlighted() {
    const lib = sampleLibrary();
    const documentId = lib.docs[0]!.id;
    const a = createAnnotation(lib.db, { documentId, kind: 'highlight', range: rangeOf(lib.db, documentId, XIAN_PASSAGE), note: '旧笔记' });
    lib.db.prepare("UPDATE annotations SET updated_at = '2000-01-01T00:00:00.000Z'").run();
    return { ...lib, documentId, a };
  }

  it('recolours, restyles, rewrites the note and retags', () => {
    const { db, a } = highlighted();
    const one = createTag(db, '重点', '#ff0000');
    const two = createTag(db, '体会', '#00ff00');
    const first = updateAnnotation(db, { id: a.id, color: 'pink', style: 'underline', note: '新笔记', tagIds: [one.id, two.id, one.id] });
    expect(first).toMatchObject({ color: 'pink', style: 'underline', note: '新笔记', quote: a.quote, range: a.range, createdAt: a.createdAt });
    expect(first.tags.map((t) => t.name)).toEqual(['体会', '重点']);
    expect(first.updatedAt).not.toBe('2000-01-01T00:00:00.000Z');
    expect(updateAnnotation(db, { id: a.id, tagIds: [two.id] }).tags).toEqual([{ id: two.id, name: '体会', color: '#00ff00' }]);
    expect(updateAnnotation(db, { id: a.id, note: '' }).note).toBe('');
  });

  it('moves a passage, and re-attaches an orphan, to a new range', () => {
    const { db, briefingId, documentId, a } = highlighted();
    const moved = updateAnnotation(db, { id: a.id, range: rangeOf(db, documentId, '指挥协调') });
    expect(moved.quote?.exact).toBe('指挥协调');
    detachAnnotations(db, briefingId);
    const orphan = listAnnotations(db, { status: 'orphan' })[0]!;
    expect(orphan).toMatchObject({ id: a.id, range: null, paragraph: null, quote: { exact: '指挥协调' }, note: '旧笔记' });
    const back = updateAnnotation(db, { id: a.id, range: rangeOf(db, documentId, XIAN_PASSAGE) });
    expect(back).toMatchObject({ status: 'anchored', quote: { exact: XIAN_PASSAGE }, paragraph: 2, note: '旧笔记' });
  });

  it('refuses a style on a note, a range on a note, unknown ids, and edits in the bin', () => {
    const { db, documentId, a } = highlighted();
    const note = createAnnotation(db, { documentId, kind: 'note', note: '想法' });
    expect(codeOf(() => updateAnnotation(db, { id: note.id, style: 'underline' }))).toBe('invalid_argument');
    expect(codeOf(() => updateAnnotation(db, { id: note.id, range: rangeOf(db, documentId, XIAN_PASSAGE) }))).toBe('invalid_argument');
    expect(codeOf(() => updateAnnotation(db, { id: 999, note: 'x' }))).toBe('not_found');
    expect(codeOf(() => updateAnnotation(db, { id: a.id, tagIds: [77] }))).toBe('not_found');
    deleteAnnotation(db, a.id);
    expect(codeOf(() => updateAnnotation(db, { id: a.id, note: 'x' }))).toBe('invalid_argument');
    expect(restoreAnnotation(db, a.id).note).toBe('旧笔记');
  });
});

describe('the bin', () => {
  it('holds deleted annotations until restored or emptied; emptying is the only hard delete', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[0]!.id;
    const tag = createTag(db, '重点', '#123456');
    const keep = createAnnotation(db, { documentId, kind: 'note', note: '留着', tagIds: [tag.id] });
    const gone = createAnnotation(db, { documentId, kind: 'highlight', range: rangeOf(db, documentId, XIAN_PASSAGE), tagIds: [tag.id] });
    const binned = deleteAnnotation(db, gone.id);
    expect(binned.deletedAt).not.toBeNull();
    expect(deleteAnnotation(db, gone.id).deletedAt).toBe(binned.deletedAt);
    expect(listAnnotations(db, {}).map((a) => a.id)).toEqual([keep.id]);
    expect(listAnnotations(db, { deleted: true }).map((a) => a.id)).toEqual([gone.id]);
    expect(listTags(db)[0]!.count).toBe(1);

    expect(restoreAnnotation(db, gone.id)).toMatchObject({ deletedAt: null, tags: [{ id: tag.id }] });
    expect(listTags(db)[0]!.count).toBe(2);
    expect(emptyBin(db)).toEqual({ removed: 0, briefings: 0 });

    deleteAnnotation(db, gone.id);
    expect(emptyBin(db)).toEqual({ removed: 1, briefings: 0 });
    expect(listAnnotations(db, { deleted: true })).toEqual([]);
    expect(listAnnotations(db, {}).map((a) => a.id)).toEqual([keep.id]);
    expect(codeOf(() => restoreAnnotation(db, gone.id))).toBe('not_found');
    expect(db.prepare('SELECT count(*) FROM annotation_tags').pluck().get()).toBe(1);
  });
});

describe('listAnnotations', () => {
  function annotated() {
    const lib = sampleLibrary();
    const [xian, hancheng] = [lib.docs[0]!.id, lib.docs[1]!.id];
    const tag = createTag(lib.db, 'GDP', '#abcdef');
    const make = (documentId: number, quote: string | null, extra: Partial<Parameters<typeof createAnnotation>[1]> = {}): Annotation =>
      createAnnotation(lib.db, {
        documentId,
        kind: quote === null ? 'note' : 'highlight',
        ...(quote === null ? {} : { range: rangeOf(lib.db, documentId, quote) }),
        ...extra,
      });
    // Made out of reading order on purpose.
    const late = make(xian, '积极帮助解决子女入学和就业问题', { color: 'green' });
    const free = make(xian, null, { note: '整体思路 Clear' });
    const early = make(xian, '坚强领导', { tagIds: [tag.id], note: '记下' });
    const middle = make(xian, XIAN_PASSAGE, { style: 'underline' });
    const other = make(hancheng, '四个突出', { color: 'green' });
    return { ...lib, xian, hancheng, tag, late, free, early, middle, other };
  }

  it('lists in reading order within a document: document notes, then passages, then orphans', () => {
    const { db, xian, briefingId, late, free, early, middle, other } = annotated();
    expect(listAnnotations(db, { documentId: xian }).map((a) => a.id)).toEqual([free.id, early.id, middle.id, late.id]);
    expect(listAnnotations(db, {}).map((a) => a.id)).toEqual([free.id, early.id, middle.id, late.id, other.id]);
    detachAnnotations(db, briefingId);
    updateAnnotation(db, { id: late.id, range: rangeOf(db, xian, '积极帮助解决子女入学和就业问题') });
    expect(listAnnotations(db, { documentId: xian }).map((a) => a.id)).toEqual([free.id, late.id, early.id, middle.id]);
  });

  it('filters by briefing, tag, colour, kind, status and text of quote or note', () => {
    const { db, briefingId, hancheng, tag, late, free, early, middle, other } = annotated();
    const ids = (filter: Parameters<typeof listAnnotations>[1]) => listAnnotations(db, filter).map((a) => a.id);
    expect(ids({ briefingId })).toHaveLength(5);
    expect(ids({ briefingId: briefingId + 1 })).toEqual([]);
    expect(ids({ documentId: hancheng })).toEqual([other.id]);
    expect(ids({ tagId: tag.id })).toEqual([early.id]);
    expect(ids({ color: 'green' })).toEqual([late.id, other.id]);
    expect(ids({ kind: 'note' })).toEqual([free.id]);
    expect(ids({ kind: 'highlight', color: 'yellow' })).toEqual([early.id, middle.id]);
    expect(ids({ status: 'orphan' })).toEqual([]);
    expect(ids({ query: '领导' })).toEqual([early.id, middle.id]);
    expect(ids({ query: '记下' })).toEqual([early.id]);
    expect(ids({ query: 'clear' })).toEqual([free.id]);
    expect(ids({ query: '  ' })).toHaveLength(5);
  });
});
