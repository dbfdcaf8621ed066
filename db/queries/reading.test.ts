import { describe, expect, it } from 'vitest';
import { openLibrary } from '../open.ts';
import { listBlocks, listDocuments } from './library.ts';
import { listReadingPositions, readingPosition, saveReadingPosition } from './reading.ts';
import { insertBriefing, replaceBriefing, type NewBriefing, type NewDocument } from './store-briefing.ts';

const speech = (title: string): NewDocument => ({
  title,
  unit: '韩城市',
  speakerName: '孙长虹',
  speakerRole: null,
  blocks: [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    { kind: 'paragraph', level: null, text: '第一段。' },
    { kind: 'paragraph', level: null, text: '第二段。' },
    { kind: 'heading', level: 2, text: '（一）分项' },
    { kind: 'paragraph', level: null, text: '第三段。' },
  ],
});

const pack = (...titles: string[]): NewBriefing => ({
  title: '资料',
  preface: null,
  credits: [],
  source: { name: 'pack.txt', format: 'txt', sha256: 'cd'.repeat(32), bytes: new Uint8Array([1]) },
  documents: titles.map(speech),
});

function library() {
  const { db } = openLibrary(':memory:');
  const briefingId = insertBriefing(db, pack('甲', '乙'));
  const [a, b] = listDocuments(db, briefingId).map((d) => ({ id: d.id, blocks: listBlocks(db, d.id).map((bl) => bl.id) }));
  return { db, briefingId, a: a!, b: b! };
}

describe('reading positions', () => {
  it('are remembered per document with the ¶ reached, counting paragraphs only', () => {
    const { db, a } = library();
    expect(readingPosition(db, a.id)).toBeUndefined();
    expect(saveReadingPosition(db, a.id, a.blocks[3]!)).toBe(true);
    expect(readingPosition(db, a.id)).toMatchObject({ documentId: a.id, blockId: a.blocks[3], paragraph: 2, paragraphCount: 3 });
    saveReadingPosition(db, a.id, a.blocks[0]!);
    expect(readingPosition(db, a.id)).toMatchObject({ blockId: a.blocks[0], paragraph: 0 });
    expect(listReadingPositions(db)).toHaveLength(1);
  });

  it('refuse a block of another document, writing nothing', () => {
    const { db, a, b } = library();
    expect(saveReadingPosition(db, a.id, b.blocks[1]!)).toBe(false);
    expect(saveReadingPosition(db, a.id, 999_999)).toBe(false);
    expect(listReadingPositions(db)).toEqual([]);
  });

  it('are listed most recently read first', () => {
    const { db, a, b } = library();
    saveReadingPosition(db, a.id, a.blocks[1]!);
    db.prepare("UPDATE reading_positions SET saved_at = '2000-01-01T00:00:00.000Z'").run();
    saveReadingPosition(db, b.id, b.blocks[4]!);
    expect(listReadingPositions(db).map((p) => [p.documentId, p.paragraph])).toEqual([
      [b.id, 3],
      [a.id, 1],
    ]);
  });

  it('are forgotten with the text they point into when a briefing is replaced', () => {
    const { db, briefingId, a } = library();
    saveReadingPosition(db, a.id, a.blocks[2]!);
    replaceBriefing(db, briefingId, pack('甲'));
    expect(listReadingPositions(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
