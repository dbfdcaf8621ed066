import { describe, expect, it } from 'vitest';
import { blockSlot, briefingKeys, documentKeysOf, entryKey, intersect, MAX_BLOCK_POSITION, MAX_BRIEFING_ID, TITLE_SLOT } from './keys.ts';

const inside = (key: number, range: { lo: number; hi: number }): boolean => key >= range.lo && key <= range.hi;
const documentKeys = (briefingId: number, position: number) => documentKeysOf(entryKey(briefingId, position, TITLE_SLOT));

describe('entry keys', () => {
  it('follow library order: newest briefing first, then document position, then title and blocks in reading order', () => {
    const ordered = [
      entryKey(9, 0, TITLE_SLOT),
      entryKey(9, 0, blockSlot(0)),
      entryKey(9, 0, blockSlot(MAX_BLOCK_POSITION)),
      entryKey(9, 1, TITLE_SLOT),
      entryKey(9, 4095, blockSlot(5)),
      entryKey(8, 0, TITLE_SLOT),
      entryKey(1, 4095, 2 ** 21 - 1),
    ];
    expect([...ordered].sort((a, b) => a - b)).toEqual(ordered);
    expect(new Set(ordered).size).toBe(ordered.length);
  });

  it('stay exact in JavaScript numbers at both ends', () => {
    const lowest = entryKey(MAX_BRIEFING_ID, 0, TITLE_SLOT);
    expect(Number.isSafeInteger(lowest)).toBe(true);
    expect(entryKey(1, 4095, 2 ** 21 - 1)).toBe(-1);
  });

  it('refuse what the layout cannot hold', () => {
    expect(() => entryKey(MAX_BRIEFING_ID + 1, 0, 0)).toThrow(RangeError);
    expect(() => entryKey(0, 0, 0)).toThrow(RangeError);
    expect(() => entryKey(1, 4096, 0)).toThrow(RangeError);
    expect(() => blockSlot(MAX_BLOCK_POSITION + 1)).toThrow(RangeError);
    expect(() => blockSlot(-1)).toThrow(RangeError);
  });
});

describe('key ranges', () => {
  it('hold exactly their document’s or briefing’s entries', () => {
    const doc = documentKeys(5, 3);
    expect(inside(entryKey(5, 3, TITLE_SLOT), doc)).toBe(true);
    expect(inside(entryKey(5, 3, 2 ** 21 - 1), doc)).toBe(true);
    expect(inside(entryKey(5, 2, 2 ** 21 - 1), doc)).toBe(false);
    expect(inside(entryKey(5, 4, TITLE_SLOT), doc)).toBe(false);
    const briefing = briefingKeys(5);
    expect(inside(entryKey(5, 0, 0), briefing) && inside(entryKey(5, 4095, 2 ** 21 - 1), briefing)).toBe(true);
    expect(inside(entryKey(6, 4095, 2 ** 21 - 1), briefing) || inside(entryKey(4, 0, 0), briefing)).toBe(false);
  });

  it('lead back from any entry to its whole document', () => {
    const doc = documentKeysOf(entryKey(7, 12, blockSlot(40)));
    expect(doc).toEqual({ lo: entryKey(7, 12, TITLE_SLOT), hi: entryKey(7, 12, 2 ** 21 - 1) });
    expect(documentKeysOf(entryKey(7, 12, 2 ** 21 - 1))).toEqual(doc);
  });

  it('intersect to what both hold', () => {
    expect(intersect(briefingKeys(5), documentKeys(5, 2))).toEqual(documentKeys(5, 2));
    expect(intersect({ lo: 0, hi: 10 }, { lo: 5, hi: 20 })).toEqual({ lo: 5, hi: 10 });
    expect(intersect(briefingKeys(5), documentKeys(4, 0))).toBeNull();
  });
});
