import { describe, expect, it } from 'vitest';
import { blockIndex } from './block-range.ts';
import { annotation, blocks, range } from './fixtures.test-helper.ts';
import { noteTarget } from './note-target.ts';

const index = blockIndex(blocks);

describe('noteTarget', () => {
  const wide = annotation({ id: 1, range: range(11, 0, 12, 5) });
  const narrow = annotation({ id: 2, range: range(12, 1, 12, 3) });
  const all = [wide, narrow];

  it('opens the highlight a selection lies within, the closest-fitting one where they nest', () => {
    expect(noteTarget(all, index, range(12, 1, 12, 3))).toEqual({ kind: 'existing', annotation: narrow });
    expect(noteTarget(all, index, range(12, 2, 12, 3))).toEqual({ kind: 'existing', annotation: narrow });
    expect(noteTarget(all, index, range(11, 2, 11, 4))).toEqual({ kind: 'existing', annotation: wide });
  });

  it('offers a choice when the selection reaches past a highlight it overlaps', () => {
    expect(noteTarget([narrow], index, range(12, 0, 12, 8))).toEqual({ kind: 'choose', annotation: narrow });
    expect(noteTarget([narrow], index, range(12, 2, 14, 1))).toEqual({ kind: 'choose', annotation: narrow });
    expect(noteTarget(all, index, range(11, 3, 14, 2))).toEqual({ kind: 'choose', annotation: wide });
  });

  it('makes a new one where nothing of the user’s own is marked: beside a highlight, or over an organizer’s', () => {
    expect(noteTarget(all, index, range(12, 5, 12, 8))).toEqual({ kind: 'new' });
    expect(noteTarget(all, index, range(14, 0, 14, 2))).toEqual({ kind: 'new' });
    const organizer = annotation({ id: 3, origin: 'organizer', range: range(14, 0, 14, 4) });
    expect(noteTarget([organizer], index, range(14, 0, 14, 4))).toEqual({ kind: 'new' });
    const bookmark = annotation({ id: 4, kind: 'bookmark', style: null, color: null, range: range(14, 0, 14, 4) });
    expect(noteTarget([bookmark], index, range(14, 1, 14, 2))).toEqual({ kind: 'new' });
  });
});
