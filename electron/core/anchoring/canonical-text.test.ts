import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, CanonicalText, snapOffset } from './canonical-text.ts';
import { docOf } from './anchoring.test-helper.ts';

describe('CanonicalText', () => {
  const doc = docOf(['一、标题', '第一段 text。', '', '第三段'], 10);

  it('joins block texts with one newline and knows where each block lies', () => {
    expect(BLOCK_SEPARATOR).toBe('\n');
    expect(doc.text).toBe('一、标题\n第一段 text。\n\n第三段');
    expect(doc.spans).toEqual([
      { id: 10, start: 0, end: 4 },
      { id: 11, start: 5, end: 14 },
      { id: 12, start: 15, end: 15 },
      { id: 13, start: 16, end: 19 },
    ]);
  });

  it('maps every global offset to one block point and back', () => {
    for (let offset = 0; offset <= doc.length; offset++) {
      const point = doc.toPoint(offset);
      expect(doc.toOffset(point)).toBe(offset);
    }
    expect(doc.toPoint(4)).toEqual({ blockId: 10, offset: 4 }); // end of a block = the separator's index
    expect(doc.toPoint(5)).toEqual({ blockId: 11, offset: 0 });
    expect(doc.toPoint(15)).toEqual({ blockId: 12, offset: 0 }); // empty block
    expect(doc.toPoint(-3)).toEqual({ blockId: 10, offset: 0 });
    expect(doc.toPoint(999)).toEqual({ blockId: 13, offset: 3 });
  });

  it('turns block selections into global ranges and back, across blocks and backwards', () => {
    const range = doc.toRange({ start: { blockId: 10, offset: 2 }, end: { blockId: 11, offset: 3 } });
    expect(range).toEqual({ start: 2, end: 8 });
    expect(doc.slice(range ?? { start: 0, end: 0 })).toBe('标题\n第一段');
    expect(doc.toBlockRange({ start: 2, end: 8 })).toEqual({ start: { blockId: 10, offset: 2 }, end: { blockId: 11, offset: 3 } });
    expect(doc.toRange({ start: { blockId: 13, offset: 1 }, end: { blockId: 11, offset: 0 } })).toEqual({ start: 5, end: 17 });
    expect(doc.toRange({ start: { blockId: 99, offset: 0 }, end: { blockId: 11, offset: 0 } })).toBeNull();
    expect(doc.toRange({ start: { blockId: 11, offset: 50 }, end: { blockId: 11, offset: 60 } })).toEqual({ start: 14, end: 14 });
  });

  it('trims separators and white space off a range', () => {
    expect(doc.trimRange({ start: 4, end: 9 })).toEqual({ start: 5, end: 8 });
    expect(doc.trimRange({ start: 14, end: 16 })).toEqual({ start: 14, end: 16 });
  });

  it('never splits a surrogate pair', () => {
    const d = docOf(['a𠀀b', '😀😀']);
    // 'a' 0, '𠀀' 1-2, 'b' 3, '\n' 4, '😀' 5-6, '😀' 7-8
    expect(snapOffset(d.text, 2, 'backward')).toBe(1);
    expect(snapOffset(d.text, 2, 'forward')).toBe(3);
    expect(d.toRange({ start: { blockId: 1, offset: 2 }, end: { blockId: 2, offset: 1 } })).toEqual({ start: 1, end: 7 });
    expect(d.toBlockRange({ start: 2, end: 6 })).toEqual({ start: { blockId: 1, offset: 1 }, end: { blockId: 2, offset: 2 } });
    expect(d.toPoint(6, 'forward')).toEqual({ blockId: 2, offset: 2 });
    expect(d.toPoint(6)).toEqual({ blockId: 2, offset: 0 });
  });

  it('refuses duplicate block ids and handles an empty document', () => {
    expect(() => docOf(['a', 'b']).toPoint(0)).not.toThrow();
    expect(() => CanonicalText.fromBlocks([{ id: 1, text: 'a' }, { id: 1, text: 'b' }])).toThrow(RangeError);
    const empty = CanonicalText.fromBlocks([]);
    expect(empty.text).toBe('');
    expect(empty.blockIndexAt(0)).toBe(-1);
  });
});
