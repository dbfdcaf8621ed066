import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from './index.ts';
import type { ParsedBriefing, ParsedDocument } from './types.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const sources = {
  'UTF-8 text': 'sample-briefing.txt',
  'GB18030 text': 'sample-briefing.gb18030.txt',
  'Word (LibreOffice)': 'sample-briefing.docx',
  'PDF (LibreOffice)': 'sample-briefing.pdf',
} as const;

const allText = (doc: ParsedDocument): string[] => doc.blocks.map((b) => b.text);
const blocksContaining = (doc: ParsedDocument, text: string): number => allText(doc).filter((t) => t.includes(text)).length;
const topHeadings = (doc: ParsedDocument): string[] =>
  doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

function acceptance(briefing: ParsedBriefing): void {
  const docs = briefing.documents;
  expect(docs.map((d) => d.unit)).toEqual(['西安高新区', '韩城市', '宝鸡市渭滨区', '旬阳市', '神木市']);
  expect(docs.map((d) => d.speaker?.name)).toEqual(['马巍安', '孙长虹', '苏青', '向小敏', '刘文军']);
  expect(docs.map((d) => d.speaker?.role)).toEqual([
    '西安高新区机关党委专职副书记、机关纪委书记、区总工会常务副主席',
    '韩城市人大常委会副主任、市总工会主席',
    '宝鸡市渭滨区人大常委会副主任、区总工会主席',
    '旬阳市人大常委会副主任、市总工会主席',
    '神木市总工会常务副主席',
  ]);
  expect(docs.map((d) => topHeadings(d).length)).toEqual([3, 7, 3, 5, 3]);

  for (const doc of docs) {
    for (const text of allText(doc)) {
      expect(text).not.toMatch(/常务副主席马巍安|主席孙长虹|主席苏青|主席向小敏|副主席刘文军/u);
      expect(text).not.toMatch(/本版图片|摄$/u);
    }
  }
  expect(briefing.credits).toEqual(['□本版图片由本报记者鲜康摄']);

  const [xian, hancheng, baoji, , shenmu] = docs;
  expect(xian && blocksContaining(xian, '开展心理健康服务培训班')).toBe(1);
  expect(baoji && blocksContaining(baoji, '推动技能竞赛和职工技能等级评定')).toBe(1);

  expect(hancheng && topHeadings(hancheng).slice(3).map((h) => h.slice(2))).toEqual(
    Array(4).fill('突出权益维护，实现精准帮扶与普惠服务有机融合'),
  );

  expect(shenmu?.blocks[0]?.kind).toBe('paragraph');
  expect(shenmu?.blocks[0]?.text.startsWith('神木市位于陕西北部')).toBe(true);
  expect(shenmu && topHeadings(shenmu).map((h) => h.slice(0, 2))).toEqual(['一、', '二、', '三、']);
  expect(shenmu && blocksContaining(shenmu, '引导广大职工积极投身发展新质生产力')).toBe(1);
  expect(shenmu?.blocks.at(-1)?.text.startsWith('下一步，我们将深入学习领会')).toBe(true);

  expect(briefing.preface?.startsWith('为深入学习领会')).toBe(true);
  expect(briefing.title).toBeNull();
}

describe('the sample briefing, read as a person would', () => {
  const parsed = new Map<string, ParsedBriefing>();

  beforeAll(async () => {
    for (const [label, file] of Object.entries(sources)) parsed.set(label, await parseFile(fixture(file), file));
  });

  for (const label of Object.keys(sources)) {
    it(`holds every acceptance point from ${label}`, () => {
      const briefing = parsed.get(label);
      expect(briefing).toBeDefined();
      if (briefing) acceptance(briefing);
    });
  }

  it('reads the same briefing, notices included, from every fixture', () => {
    const reference = parsed.get('UTF-8 text');
    expect(reference).toBeDefined();
    for (const label of Object.keys(sources)) expect(parsed.get(label)).toEqual(reference);
  });

  it('records each kind of repair the sample needs, on the document it touched', async () => {
    const briefing = await parseFile(fixture('sample-briefing.txt'), 'sample.txt');
    const kinds = briefing.documents.map((d) => d.notices.map((n) => n.kind));
    expect(kinds[0]).toEqual(['join-column-break', 'punctuation-normalized']);
    expect(kinds[1]).toEqual(['punctuation-normalized']);
    expect(kinds[2]).toEqual(['caption-moved', 'punctuation-normalized']);
    expect(kinds[4]).toEqual(['caption-moved', 'sections-reordered', 'orphan-joined', 'punctuation-normalized']);
    expect(briefing.notices.map((n) => n.kind)).toEqual(['credit-removed', 'punctuation-normalized']);
  });

  it('undoes exactly the repairs named in skip', async () => {
    const bytes = fixture('sample-briefing.txt');
    const first = await parseFile(bytes, 'sample.txt');
    const shenmuNotices = first.documents[4]?.notices ?? [];
    const reorder = shenmuNotices.find((n) => n.kind === 'sections-reordered');
    expect(reorder).toBeDefined();

    const again = await parseFile(bytes, 'sample.txt', { skip: new Set([reorder?.id ?? '']) });
    const shenmu = again.documents[4];
    expect(shenmu && topHeadings(shenmu).map((h) => h.slice(0, 2))).toEqual(['二、', '三、', '一、']);
    expect(shenmu?.notices.map((n) => n.kind)).toEqual(['caption-moved', 'punctuation-normalized']);
    // The ids of the repairs still applied do not move.
    const ids = (b: ParsedBriefing): string[] => b.documents.flatMap((d) => d.notices.map((n) => n.id));
    expect(ids(again)).toEqual(ids(first).filter((id) => id !== reorder?.id && !id.startsWith('orphan-joined')));
  });
});
