import { describe, expect, it } from 'vitest';
import { openLibrary } from '../open.ts';
import { findAnnotations, insertAnnotation } from './annotations.ts';
import { listBlocks, listDocuments } from './library.ts';
import { insertBriefing, replaceBriefing, type NewBriefing, type NewDocument } from './store-briefing.ts';

const doc = (title: string, texts: string[]): NewDocument => ({
  title,
  unit: null,
  speakerName: null,
  speakerRole: null,
  blocks: texts.map((text) => ({ kind: 'paragraph', level: null, text })),
});

const briefing = (documents: NewDocument[]): NewBriefing => ({
  title: '资料',
  preface: null,
  credits: [],
  source: { name: 'a.txt', format: 'txt', sha256: 'cd'.repeat(32), bytes: new Uint8Array([1]) },
  documents,
});

/** A highlight over the whole first block of a document. */
function highlight(db: ReturnType<typeof openLibrary>['db'], documentId: number): number {
  const block = listBlocks(db, documentId)[0]!;
  return insertAnnotation(db, {
    documentId,
    kind: 'highlight',
    style: 'highlight',
    color: 'yellow',
    note: '笔记',
    placement: {
      range: { startBlockId: block.id, startOffset: 0, endBlockId: block.id, endOffset: block.text.length },
      selectors: { quoteExact: block.text, quotePrefix: '', quoteSuffix: '', positionStart: 0, positionEnd: block.text.length },
    },
  });
}

describe('replaceBriefing', () => {
  it('keeps the ids of documents with the same title or mostly the same text', () => {
    const { db } = openLibrary(':memory:');
    const id = insertBriefing(db, briefing([doc('甲', ['一', '二']), doc('乙', ['三', '四', '五']), doc('丙', ['六'])]));
    const [a, b, c] = listDocuments(db, id).map((d) => d.id);
    expect(replaceBriefing(db, id, briefing([doc('新篇', ['新']), doc('乙（修订）', ['三', '四', '五改']), doc('甲', ['一'])]))).toBe(true);
    const after = listDocuments(db, id);
    expect(after.map((d) => d.title)).toEqual(['新篇', '乙（修订）', '甲']);
    expect(after[1]!.id).toBe(b);
    expect(after[2]!.id).toBe(a);
    expect([a, b, c]).not.toContain(after[0]!.id);
    expect(listBlocks(db, a!).map((x) => x.text)).toEqual(['一']);
  });

  it('gives replaced blocks fresh ids, never an old one', () => {
    const { db } = openLibrary(':memory:');
    const id = insertBriefing(db, briefing([doc('甲', ['一', '二', '三'])]));
    const documentId = listDocuments(db, id)[0]!.id;
    const old = listBlocks(db, documentId).map((x) => x.id);
    replaceBriefing(db, id, briefing([doc('甲', ['一', '二', '三'])]));
    const fresh = listBlocks(db, documentId).map((x) => x.id);
    expect(Math.min(...fresh)).toBeGreaterThan(Math.max(...old));
  });

  it('detaches passages as orphans and gives a vanished document’s annotations to the document at its place', () => {
    const { db } = openLibrary(':memory:');
    const id = insertBriefing(db, briefing([doc('甲', ['一']), doc('乙', ['二']), doc('丙', ['三'])]));
    const [a, b, c] = listDocuments(db, id).map((d) => d.id) as [number, number, number];
    const onA = highlight(db, a);
    const onC = highlight(db, c);
    replaceBriefing(db, id, briefing([doc('甲', ['一']), doc('乙', ['二'])]));
    expect(listDocuments(db, id).map((d) => d.id)).toEqual([a, b]);
    const rows = findAnnotations(db, { deleted: null });
    expect(rows.map((r) => [r.id, r.documentId, r.status, r.startBlockId, r.quoteExact, r.note])).toEqual([
      [onA, a, 'orphan', null, '一', '笔记'],
      [onC, b, 'orphan', null, '三', '笔记'],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
