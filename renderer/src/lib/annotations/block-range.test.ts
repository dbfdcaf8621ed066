import { describe, expect, it } from 'vitest';
import { annotationsAt, blockIndex, inReadingOrder, paragraphFrom, paragraphSpan, rangeText, tidyRange, withInReadingOrder } from './block-range.ts';
import { annotation, blocks, range } from './fixtures.test-helper.ts';

const index = blockIndex(blocks);
const numbers = [null, 1, 2, null, 3];

describe('tidyRange', () => {
  it('orders the ends of a selection made backwards', () => {
    expect(tidyRange(blocks, { index: 2, offset: 3 }, { index: 1, offset: 2 })).toEqual(range(11, 2, 12, 3));
  });

  it('stops at the end of the last block a selection covers, not at offset 0 of the next', () => {
    expect(tidyRange(blocks, { index: 1, offset: 0 }, { index: 2, offset: 0 })).toEqual(range(11, 0, 11, 7));
  });

  it('starts at the next block when the selection starts at the very end of one', () => {
    expect(tidyRange(blocks, { index: 1, offset: 7 }, { index: 2, offset: 2 })).toEqual(range(12, 0, 12, 2));
  });

  it('clamps offsets to the text and gives null for a collapsed or empty selection', () => {
    expect(tidyRange(blocks, { index: 4, offset: 1 }, { index: 4, offset: 99 })).toEqual(range(14, 1, 14, 4));
    expect(tidyRange(blocks, { index: 2, offset: 3 }, { index: 2, offset: 3 })).toBeNull();
    expect(tidyRange(blocks, { index: 1, offset: 7 }, { index: 2, offset: 0 })).toBeNull();
  });
});

describe('rangeText', () => {
  it('joins the covered parts of several blocks with a line break, counting UTF-16 units', () => {
    expect(rangeText(blocks, index, range(11, 4, 12, 6))).toBe('文字。\n第二段，😀');
    expect(rangeText(blocks, index, range(99, 0, 12, 1))).toBe('');
  });
});

describe('annotationsAt', () => {
  const wide = annotation({ range: range(11, 0, 12, 5) });
  const narrow = annotation({ range: range(12, 1, 12, 3) });
  const mark = annotation({ kind: 'bookmark', style: null, color: null, range: range(12, 0, 12, 0) });
  const all = [wide, narrow, mark];

  it('finds the overlapping highlights under a point, the shortest first', () => {
    expect(annotationsAt(all, index, { index: 2, offset: 2 })).toEqual([narrow, wide]);
    expect(annotationsAt(all, index, { index: 1, offset: 3 })).toEqual([wide]);
  });

  it('treats ranges as half-open and ignores bookmarks', () => {
    expect(annotationsAt(all, index, { index: 2, offset: 5 })).toEqual([]);
    expect(annotationsAt(all, index, { index: 2, offset: 0 })).toEqual([wide]);
  });
});

describe('inReadingOrder', () => {
  it('puts notes without a place first, then passages by where they start, ties by age', () => {
    const late = annotation({ id: 100, range: range(14, 0, 14, 2) });
    const early = annotation({ id: 101, range: range(11, 3, 11, 5) });
    const same = annotation({ id: 99, range: range(11, 3, 11, 4) });
    const note = annotation({ id: 102, kind: 'note', style: null, color: null });
    expect(inReadingOrder([late, early, note, same], index).map((a) => a.id)).toEqual([102, 99, 101, 100]);
  });
});

describe('withInReadingOrder', () => {
  it('inserts or moves one annotation where a full sort would put it', () => {
    const list = [
      annotation({ id: 102, kind: 'note', style: null, color: null }),
      annotation({ id: 99, range: range(11, 3, 11, 4) }),
      annotation({ id: 101, range: range(11, 3, 11, 5) }),
      annotation({ id: 100, range: range(14, 0, 14, 2) }),
    ];
    const added = [
      annotation({ id: 103, range: range(11, 3, 11, 9) }),
      annotation({ id: 98, range: range(11, 3, 11, 9) }),
      annotation({ id: 104, range: range(10, 0, 10, 1) }),
      annotation({ id: 105, range: range(14, 1, 14, 2) }),
      annotation({ id: 106, kind: 'note', style: null, color: null }),
      annotation({ id: 101, range: range(14, 0, 14, 1) }),
    ];
    for (const a of added) {
      const placed = withInReadingOrder(list, a, index);
      expect(placed.map((x) => x.id)).toEqual(inReadingOrder([...list.filter((x) => x.id !== a.id), a], index).map((x) => x.id));
      expect(placed.filter((x) => x.id === a.id)).toEqual([a]);
    }
    expect(withInReadingOrder([], list[1]!, index)).toEqual([list[1]]);
  });
});

describe('paragraphSpan', () => {
  it('names the first and last paragraph a passage touches, skipping headings', () => {
    expect(paragraphSpan(numbers, index, range(11, 0, 11, 2))).toEqual({ first: 1, last: 1 });
    expect(paragraphSpan(numbers, index, range(12, 0, 14, 2))).toEqual({ first: 2, last: 3 });
  });

  it('cites a passage within a heading by the paragraph before it', () => {
    expect(paragraphSpan(numbers, index, range(13, 0, 13, 2))).toEqual({ first: 2, last: 2 });
    expect(paragraphSpan(numbers, index, range(10, 0, 10, 2))).toBeNull();
  });
});

describe('paragraphFrom', () => {
  it('bookmarks a paragraph itself, and the paragraph after a heading', () => {
    expect(paragraphFrom(blocks, 2)).toBe(2);
    expect(paragraphFrom(blocks, 0)).toBe(1);
    expect(paragraphFrom(blocks, 3)).toBe(4);
    expect(paragraphFrom(blocks.slice(0, 4), 3)).toBe(-1);
  });
});
