import { describe, expect, it } from 'vitest';
import { highlightSegments } from './segments.ts';
import { docOf } from './anchoring.test-helper.ts';

describe('highlightSegments', () => {
  it('cuts blocks into runs with the set of overlapping annotations', () => {
    const doc = docOf(['abcdef', 'ghij', 'klm']); // a0 … f5, \n6, g7 … j10, \n11, k12
    const segments = highlightSegments(doc, [
      { id: 'A', range: { start: 1, end: 4 } },
      { id: 'B', range: { start: 3, end: 9 } }, // spans blocks 1 and 2
    ]);
    expect([...segments.keys()]).toEqual([1, 2]);
    expect(segments.get(1)).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: ['A'] },
      { start: 3, end: 4, ids: ['A', 'B'] },
      { start: 4, end: 6, ids: ['B'] },
    ]);
    expect(segments.get(2)).toEqual([
      { start: 0, end: 2, ids: ['B'] },
      { start: 2, end: 4, ids: [] },
    ]);
  });

  it('skips empty ranges and ranges covering only a separator', () => {
    const doc = docOf(['ab', 'cd']);
    expect(highlightSegments(doc, [{ id: 1, range: { start: 2, end: 3 } }, { id: 2, range: { start: 1, end: 1 } }]).size).toBe(0);
  });
});
