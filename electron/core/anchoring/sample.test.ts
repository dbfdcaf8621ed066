/**
 * The anchoring core against the real sample briefing, read through the importer, and
 * a measurement on a document of 300,000 characters (printed, not asserted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBriefingText } from '../import/parse/index.ts';
import type { ParsedDocument } from '../import/parse/types.ts';
import { CanonicalText } from './canonical-text.ts';
import { anchor, reanchorAll } from './reanchor.ts';
import { describeRange, type StoredAnchor } from './selectors.ts';
import { annotate, random } from './anchoring.test-helper.ts';

const SAMPLE = new URL('../../../build/sample/产业工人队伍建设改革推进会交流发言.txt', import.meta.url);
const source = readFileSync(SAMPLE, 'utf8');

/** Blocks as the library would store them: ids continue from `firstId`. */
function toDoc(doc: ParsedDocument, firstId: number): CanonicalText {
  return CanonicalText.fromBlocks(doc.blocks.map((b, i) => ({ id: firstId + i, text: b.text })));
}

function hancheng(text: string, firstId: number): CanonicalText {
  const doc = parseBriefingText(text).documents.find((d) => d.unit === '韩城市');
  if (!doc) throw new Error('no 韩城市 in the sample');
  return toDoc(doc, firstId);
}

const REPEATED = '突出权益维护，实现精准帮扶与普惠服务有机融合';

describe('the sample briefing', () => {
  const before = hancheng(source, 1);

  it('re-anchors after a corrected re-import (new block ids, text fixed, a heading dropped)', () => {
    const annotations = [
      { id: 'heading-4', ...annotate(before, REPEATED, 0) },
      { id: 'heading-5', ...annotate(before, REPEATED, 1) },
      { id: 'heading-6', ...annotate(before, REPEATED, 2) },
      { id: 'heading-7', ...annotate(before, REPEATED, 3) },
      { id: 'lecture', ...annotate(before, '创设“雪芹讲韩城”讲座') },
      { id: 'contracts', ...annotate(before, '企业劳动合同签订率达95%') },
      { id: 'rest', ...annotate(before, '推行工人疗养制度，先后组织200多人次劳模先进行疗休养。') },
      { id: 'drill', ...annotate(before, '以全市性“千锤百炼砺精兵”打造发展新引擎”大练兵活动为牵引') },
    ];
    // Across the heading "四、…" and into its paragraph.
    const start = before.text.indexOf(`四、${REPEATED}`);
    annotations.push({ id: 'span', ...describeRange(before, { start, end: before.text.indexOf('推动企业建设') }) });

    // The source file has ASCII commas, which the importer turns into Chinese ones.
    const corrected = source
      .replace('“千锤百炼砺精兵”打造发展新引擎”', '“千锤百炼砺精兵”打造发展新引擎')
      .replace('签订率达95%', '签订率达96%')
      .replace('推行工人疗养制度,先后组织200多人次劳模先进行疗休养。', '')
      .replace(/\n+五、突出权益维护,实现精准帮扶与普惠服务有机融合\n/u, '\n')
      .replace('近年来,韩城市', '近年来,陕西省韩城市');
    const after = hancheng(corrected, 1000);
    expect(after.spans.length).toBe(before.spans.length - 1);

    const { summary, results } = reanchorAll(before, after, annotations);
    const byId = new Map(results.map((r) => [r.id, r]));
    const at = (id: string): string | undefined => {
      const r = byId.get(id);
      return r?.range && after.slice(r.range);
    };
    // Headings 四, 六, 七 keep their place; 五 was dropped and is not pinned on a look-alike.
    for (const [id, number] of [['heading-4', '四'], ['heading-6', '六'], ['heading-7', '七']] as const) {
      expect(byId.get(id)?.status).toBe('moved');
      const r = byId.get(id)?.range;
      expect(r && after.text.slice(r.start - 2, r.end)).toBe(`${number}、${REPEATED}`);
    }
    expect(byId.get('heading-5')?.status).toBe('orphan');
    expect(byId.get('lecture')).toMatchObject({ status: 'moved', newText: '创设“雪芹讲韩城”讲座' });
    expect(byId.get('contracts')).toMatchObject({ status: 'fuzzy', newText: '企业劳动合同签订率达96%', errors: 1 });
    expect(byId.get('rest')).toMatchObject({ status: 'orphan', oldText: '推行工人疗养制度，先后组织200多人次劳模先进行疗休养。' });
    expect(byId.get('drill')).toMatchObject({ status: 'fuzzy', errors: 1 });
    expect(at('drill')).toBe('以全市性“千锤百炼砺精兵”打造发展新引擎大练兵活动为牵引');
    expect(byId.get('span')).toMatchObject({ status: 'moved' });
    expect(byId.get('span')?.blockRange?.start.blockId).toBeGreaterThanOrEqual(1000);
    expect(summary).toEqual({ total: 9, stayed: 0, moved: 5, fuzzy: 2, orphaned: 2 });
  });

  it('finds each of the four identical headings on its own, and an orphan can be re-attached', () => {
    const stored = [0, 1, 2, 3].map((k) => annotate(before, REPEATED, k));
    const shifted = hancheng(source.replace('近年来,韩城市', '编者按略。\n\n近年来,韩城市'), 50);
    const placed = stored.map((s) => anchor(shifted, s).range?.start);
    const expected: number[] = [];
    for (let at = shifted.text.indexOf(REPEATED); at !== -1; at = shifted.text.indexOf(REPEATED, at + 1)) expected.push(at);
    expect(placed).toEqual(expected);

    const reattached: StoredAnchor = describeRange(shifted, { start: 0, end: 5 });
    expect(anchor(shifted, reattached).status).toBe('exact');
  });
});

describe('scale', () => {
  it('re-anchors 1,000 annotations on a 300,000-character document (timing printed)', () => {
    const rnd = random(99);
    const sentences = parseBriefingText(source)
      .documents.flatMap((d) => d.blocks.map((b) => b.text))
      .join('')
      .split(/(?<=[。；])/u)
      .filter((s) => s.length > 4);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < 305_000) {
      const n = 1 + Math.floor(rnd() * 5);
      const p = Array.from({ length: n }, () => sentences[Math.floor(rnd() * sentences.length)] ?? '').join('');
      const text = `${p}${Math.floor(rnd() * 1000)}`;
      paragraphs.push(text);
      length += text.length + 1;
    }
    const oldDoc = CanonicalText.fromBlocks(paragraphs.map((text, i) => ({ id: i + 1, text })));

    const annotations = Array.from({ length: 1000 }, (_, id) => {
      const start = Math.floor(rnd() * (oldDoc.length - 100));
      return { id, ...describeRange(oldDoc, { start, end: start + 4 + Math.floor(rnd() * 80) }) };
    });

    // Edits, in old offsets: a char changed inside 5% of the quotes, 2% of the quotes deleted,
    // 40 paragraphs split, 40 joined, a preface added.
    type Edit = { at: number; remove: number; insert: string };
    const edits: Edit[] = [];
    const touched = new Set<number>();
    for (const a of annotations) {
      const r = rnd();
      if (r < 0.05 && a.quote.exact.length >= 10) {
        edits.push({ at: a.position.start + Math.floor(a.quote.exact.length / 2), remove: 1, insert: '変' });
        touched.add(a.id);
      } else if (r < 0.07) {
        edits.push({ at: a.position.start, remove: a.position.end - a.position.start, insert: '' });
        touched.add(a.id);
      }
    }
    for (let k = 0; k < 40; k++) edits.push({ at: Math.floor(rnd() * oldDoc.length), remove: 0, insert: '\n' });
    for (let k = 0; k < 40; k++) {
      const span = oldDoc.spans[1 + Math.floor(rnd() * (oldDoc.spans.length - 2))];
      if (span) edits.push({ at: span.end, remove: 1, insert: '' });
    }
    edits.push({ at: 0, remove: 0, insert: '新增的导语段落。\n' });
    edits.sort((x, y) => y.at - x.at);
    let text = oldDoc.text;
    let floor = Infinity;
    for (const e of edits) {
      if (e.at + e.remove > floor) continue; // overlapping edits: keep the later one
      text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
      floor = e.at;
    }
    for (const a of annotations) {
      if (edits.some((e) => e.at + e.remove > a.position.start && e.at < a.position.end)) touched.add(a.id);
    }
    const newDoc = CanonicalText.fromBlocks(text.split('\n').map((t, i) => ({ id: 100_000 + i, text: t })));

    const t0 = performance.now();
    const report = reanchorAll(oldDoc, newDoc, annotations);
    const t1 = performance.now();
    const alone = annotations.map((a) => anchor(newDoc, a));
    const t2 = performance.now();
    console.log(
      `[anchoring] ${newDoc.length} chars, ${annotations.length} annotations: reanchorAll ${(t1 - t0).toFixed(0)} ms, ` +
        `anchor() without the old version ${(t2 - t1).toFixed(0)} ms; ${JSON.stringify(report.summary)}`,
    );

    expect(newDoc.length).toBeGreaterThan(300_000);
    for (const r of report.results) {
      if (touched.has(r.id)) continue;
      expect(r.newText, `annotation ${r.id}`).toBe(r.oldText);
    }
    const untouchedOk = alone.filter((r, i) => !touched.has(i) && r.newText === r.oldText).length;
    expect(untouchedOk).toBe(annotations.length - touched.size);
  });
});
