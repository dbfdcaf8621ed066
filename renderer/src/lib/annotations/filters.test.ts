import { describe, expect, it } from 'vitest';
import { bookmarksByBlock, excerpt, groupByDocument, idList, idSet, matchesView, sidebarGroups } from './filters.ts';
import { annotation, range } from './fixtures.test-helper.ts';

const tag = { id: 5, name: '产改', color: '#b42318' };

describe('matchesView', () => {
  const green = annotation({ color: 'green', tags: [tag] });
  const mark = annotation({ kind: 'bookmark', style: null, color: null });

  it('keeps everything without filters, and filters by colour and by tag together', () => {
    expect(matchesView(mark, { color: null, tagId: null })).toBe(true);
    expect(matchesView(green, { color: 'green', tagId: 5 })).toBe(true);
    expect(matchesView(green, { color: 'yellow', tagId: null })).toBe(false);
    expect(matchesView(green, { color: null, tagId: 6 })).toBe(false);
    expect(matchesView(mark, { color: 'green', tagId: null })).toBe(false);
  });
});

describe('sidebarGroups', () => {
  it('sorts document notes, passages and orphans apart, keeping their order', () => {
    const note = annotation({ kind: 'note', style: null, color: null });
    const a = annotation({ range: range(1, 0, 1, 2) });
    const orphan = annotation({ status: 'orphan' });
    const mark = annotation({ kind: 'bookmark', style: null, color: null, range: range(2, 0, 2, 0) });
    expect(sidebarGroups([note, a, orphan, mark])).toEqual({ documentNotes: [note], passages: [a, mark], orphans: [orphan] });
  });
});

describe('groupByDocument', () => {
  it('groups by document in the order documents first appear', () => {
    const [a, b, c] = [annotation({ documentId: 2 }), annotation({ documentId: 1 }), annotation({ documentId: 2 })];
    expect(groupByDocument([a, b, c])).toEqual([
      { documentId: 2, annotations: [a, c] },
      { documentId: 1, annotations: [b] },
    ]);
  });
});

describe('excerpt', () => {
  it('keeps short text whole and cuts long text in the middle', () => {
    expect(excerpt('  短\n文  ')).toBe('短 文');
    const cut = excerpt('一'.repeat(50) + '二'.repeat(50), 11);
    expect(cut).toBe('一一一一一一一…二二二');
    expect(cut).toHaveLength(11);
  });
});

describe('bookmarksByBlock', () => {
  it('finds the bookmarks by the block they mark, ignoring other kinds', () => {
    const mark = annotation({ kind: 'bookmark', style: null, color: null, range: range(12, 0, 12, 0) });
    const highlight = annotation({ range: range(11, 0, 11, 2) });
    expect([...bookmarksByBlock([mark, highlight])]).toEqual([[12, mark]]);
  });
});

describe('idList and idSet', () => {
  it('write ids as a string that reads back as the same set', () => {
    expect([...idSet(idList([12, 3, 40]))]).toEqual([12, 3, 40]);
    expect(idSet(idList([])).size).toBe(0);
    expect(idList(new Map([[5, 'a'], [7, 'b']]).keys())).toBe(idList([5, 7]));
  });
});
