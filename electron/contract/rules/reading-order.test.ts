import { describe, expect, it } from 'vitest';
import { compareReadingKeys, readingGroup, readingGroups, readingKey, sortInReadingOrder } from './reading-order.ts';

const place = (si: number, so: number, ei: number, eo: number) => ({ start: { index: si, offset: so }, end: { index: ei, offset: eo } });

describe('reading order', () => {
  it('groups document notes, passages and orphans', () => {
    expect(readingGroup({ kind: 'note', status: 'anchored' })).toBe(readingGroups.documentNote);
    expect(readingGroup({ kind: 'highlight', status: 'anchored' })).toBe(readingGroups.passage);
    expect(readingGroup({ kind: 'bookmark', status: 'anchored' })).toBe(readingGroups.passage);
    expect(readingGroup({ kind: 'highlight', status: 'orphan' })).toBe(readingGroups.orphan);
  });

  it('puts document notes first, passages by start then end, orphans last, the older first on a tie', () => {
    const items = [
      { id: 1, kind: 'highlight', status: 'orphan', at: null },
      { id: 2, kind: 'highlight', status: 'anchored', at: place(3, 0, 3, 4) },
      { id: 3, kind: 'note', status: 'anchored', at: null },
      { id: 4, kind: 'highlight', status: 'anchored', at: place(1, 5, 2, 1) },
      { id: 5, kind: 'bookmark', status: 'anchored', at: place(1, 5, 1, 9) },
      { id: 6, kind: 'highlight', status: 'anchored', at: place(1, 5, 2, 1) },
      { id: 7, kind: 'note', status: 'anchored', at: null },
      { id: 0, kind: 'highlight', status: 'orphan', at: null },
    ] as const;
    const sorted = sortInReadingOrder(items, (a) => readingKey(a, a.at));
    expect(sorted.map((a) => a.id)).toEqual([3, 7, 5, 4, 6, 2, 0, 1]);
  });

  it('orders an orphan by age only, whatever its last known place', () => {
    const old = readingKey({ id: 1, kind: 'highlight', status: 'orphan' }, place(9, 9, 9, 9));
    const young = readingKey({ id: 2, kind: 'highlight', status: 'orphan' }, place(0, 0, 0, 1));
    expect(compareReadingKeys(old, young)).toBeLessThan(0);
  });
});
