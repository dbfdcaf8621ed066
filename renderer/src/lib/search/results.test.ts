import { describe, expect, it } from 'vitest';
import type { DocumentSummary, SearchGroup, SearchHit, SearchResult } from '@contract/contract.ts';
import { routeHref } from '../route.ts';
import { appendPage, hitKey, hitRoute, hitsIn, mayHaveMore } from './results.ts';

const doc = (id: number): DocumentSummary => ({
  id,
  uri: `urn:briefing:doc:${id}`,
  title: `文件${id}`,
  unit: null,
  speaker: null,
  position: 0,
  briefing: { id: 1, uri: 'urn:briefing:pack:1', title: null },
  annotationCount: 0,
});
const para = (blockId: number): SearchHit => ({ kind: 'paragraph', blockId, position: blockId, snippet: '产改', ranges: [[0, 2]], match: [5, 7] });
const group = (id: number, ...blocks: number[]): SearchGroup => ({ document: doc(id), hitCount: 9, hits: blocks.map(para) });
const result = (total: number, totalExact: boolean, ...groups: SearchGroup[]): SearchResult => ({ total, totalExact, groups, captions: { total: 0, hits: [] } });

describe('appendPage', () => {
  it('joins a document that runs on from one page to the next into one group', () => {
    const shown = appendPage(result(6, true, group(1, 1), group(2, 5, 6)), result(6, true, group(2, 7), group(3, 2, 3)));
    expect(shown.groups.map((g) => [g.document.id, g.hits.map((h) => (h as { blockId: number }).blockId)])).toEqual([
      [1, [1]],
      [2, [5, 6, 7]],
      [3, [2, 3]],
    ]);
    expect(hitsIn(shown.groups)).toBe(6);
  });

  it('adds the next documents as groups of their own', () => {
    expect(appendPage(result(2, true, group(1, 1)), result(2, true, group(2, 1))).groups.map((g) => g.document.id)).toEqual([1, 2]);
  });

  it('takes the newest total', () => {
    expect(appendPage(result(1000, false, group(1, 1)), result(1000, false))).toMatchObject({ total: 1000, totalExact: false });
  });
});

describe('mayHaveMore', () => {
  const fifty = group(1, ...Array.from({ length: 50 }, (_, i) => i));
  it('stops at a short page, and when an exact total is reached', () => {
    expect(mayHaveMore(result(120, true, fifty), false)).toBe(true);
    expect(mayHaveMore(result(50, true, fifty), false)).toBe(false);
    expect(mayHaveMore(result(1000, false, fifty), true)).toBe(false);
    expect(mayHaveMore(result(1000, false, fifty), false)).toBe(true);
  });
});

describe('hits', () => {
  it('land on the matched text of their block, or of the title', () => {
    expect(routeHref(hitRoute(12, para(345)))).toBe('#/doc/12?block=345&at=5-7');
    expect(routeHref(hitRoute(12, { kind: 'title', snippet: '产改', ranges: [[0, 2]], match: [3, 5] }))).toBe('#/doc/12?at=3-5');
  });

  it('open a note or tag hit on its annotation', () => {
    const note: SearchHit = { kind: 'note', annotationId: 4, snippet: '笔记', ranges: [], match: [0, 2] };
    expect(hitRoute(12, note)).toEqual({ name: 'document', id: 12, annotation: 4 });
    expect(routeHref(hitRoute(12, { ...note, kind: 'tag' }))).toBe('#/doc/12/annotation/4');
    expect(hitKey(12, note)).not.toBe(hitKey(12, { ...note, annotationId: 5 }));
  });

  it('keys hits apart by document, place and match', () => {
    const keys = new Set([hitKey(1, para(2)), hitKey(2, para(2)), hitKey(1, para(3)), hitKey(1, { ...para(2), match: [8, 10] })]);
    expect(keys.size).toBe(4);
  });
});
