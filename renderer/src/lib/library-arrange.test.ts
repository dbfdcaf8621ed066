import { describe, expect, it } from 'vitest';
import type { BriefingSummary, DocumentSummary, ReadingPosition } from '@contract/contract.ts';
import { briefingTitle } from '@contract/rules/titles.ts';
import { arrangeLibrary, progressOf, type LibrarySort } from './library-arrange.ts';

const briefing = (id: number, title: string | null, importedAt: string, documentCount = 2): BriefingSummary => ({
  id,
  uri: `urn:briefing:pack:${id}`,
  title,
  preface: null,
  sourceName: `pack-${id}.pdf`,
  importedAt,
  deletedAt: null,
  documentCount,
});

const doc = (id: number, briefingId: number, position: number, title: string, unit: string | null, speaker: string | null): DocumentSummary => ({
  id,
  uri: `urn:briefing:doc:${id}`,
  title,
  unit,
  speaker: speaker ? { name: speaker, role: '副主席' } : null,
  position,
  briefing: { id: briefingId, uri: `urn:briefing:pack:${briefingId}`, title: null },
  annotationCount: 0,
});

const briefings = [briefing(1, '陕西产改交流', '2024-08-01T00:00:00.000Z'), briefing(2, '宝鸡资料', '2024-09-01T00:00:00.000Z')];
const documents = [
  doc(10, 1, 0, '凝心聚力 扩面提质', '西安高新区', '马巍安'),
  doc(11, 1, 1, '奋力推进', '韩城市', '孙长虹'),
  doc(20, 2, 0, '工匠学院 BYD', '神木市', null),
  doc(21, 2, 1, '安全生产', null, '刘文军'),
  { ...doc(22, 2, 2, '菜篮子', null, null), voices: [{ name: '邹明川', role: '副厅长', unit: '云岭省商务厅' }, { name: '', role: '记者', unit: null }] },
];
const collator = new Intl.Collator('zh-CN');
const arrange = (sort: LibrarySort, query = '') =>
  arrangeLibrary(briefings, documents, { sort, query, collator }).map((g) => [g.briefing.id, g.documents.map((d) => d.id)]);

describe('arrangeLibrary', () => {
  it('orders briefings by import date either way, documents as printed', () => {
    expect(arrange('newest')).toEqual([[2, [20, 21, 22]], [1, [10, 11]]]);
    expect(arrange('oldest')).toEqual([[1, [10, 11]], [2, [20, 21, 22]]]);
  });

  it('orders briefings and documents by title in pinyin order', () => {
    // 宝 bao < 陕 shan; 安 an < 菜 cai < 工 gong; 奋 fen < 凝 ning.
    expect(arrange('title')).toEqual([[2, [21, 22, 20]], [1, [11, 10]]]);
  });

  it('filters on title, unit, speaker and briefing title, ignoring Latin case', () => {
    expect(arrange('newest', '韩城')).toEqual([[1, [11]]]);
    expect(arrange('newest', '刘文军')).toEqual([[2, [21]]]);
    expect(arrange('newest', 'byd')).toEqual([[2, [20]]]);
    expect(arrange('newest', ' 产改交流 ')).toEqual([[1, [10, 11]]]);
    expect(arrange('newest', '没有这个')).toEqual([]);
  });

  it('filters on the participants and turn speakers too: name, role and unit', () => {
    expect(arrange('newest', '邹明川')).toEqual([[2, [22]]]);
    expect(arrange('newest', '商务厅')).toEqual([[2, [22]]]);
    expect(arrange('newest', '记者')).toEqual([[2, [22]]]);
  });

  it('names an untitled briefing after its file', () => {
    expect(briefingTitle(briefing(3, null, '2024-09-01T00:00:00.000Z'))).toBe('pack-3');
  });
});

describe('progressOf', () => {
  const position = (paragraph: number, paragraphCount: number): ReadingPosition => ({
    documentId: 1,
    blockId: 1,
    paragraph,
    paragraphCount,
    savedAt: '2024-09-01T00:00:00.000Z',
  });

  it('gives the paragraph reached and a whole percent', () => {
    expect(progressOf(position(12, 40))).toEqual({ paragraph: 12, paragraphCount: 40, percent: 30 });
    expect(progressOf(position(0, 0)).percent).toBeNull();
  });
});
