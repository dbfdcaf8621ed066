import { describe, expect, it } from 'vitest';
import { passageQuery, readPassage, readSearch, searchQuery } from './route-query.ts';

describe('search route query', () => {
  it('writes only what is asked for, so an empty search is a bare route', () => {
    expect(searchQuery({ query: '' })).toBe('');
    expect(searchQuery({ query: '产改', unit: '' })).toBe('q=%E4%BA%A7%E6%94%B9&unit=');
  });

  it('reads a hand-typed, unencoded query, and ignores a briefing that is no id', () => {
    expect(readSearch('q=产改 职工&briefing=x')).toEqual({ query: '产改 职工' });
    expect(readSearch('')).toEqual({ query: '' });
    expect(readSearch(searchQuery({ query: '产改', annotatedOnly: true }))).toEqual({ query: '产改', annotatedOnly: true });
    expect(searchQuery({ query: '产改', annotatedOnly: false })).toBe('q=%E4%BA%A7%E6%94%B9');
  });
});

describe('passages', () => {
  it('names the block and the match, or either alone', () => {
    expect(passageQuery({ blockId: 345, at: [10, 14] })).toBe('block=345&at=10-14');
    expect(readPassage('block=345&at=10-14')).toEqual({ blockId: 345, at: [10, 14] });
    expect(readPassage('at=3-7')).toEqual({ blockId: null, at: [3, 7] });
    expect(readPassage('block=9')).toEqual({ blockId: 9, at: null });
  });

  it.each(['', 'block=x', 'block=1&at=5-2', 'block=1&at=5', 'at=-1-3', 'other=1'])('reads no passage from %s', (query) => {
    expect(readPassage(query)).toBeNull();
  });
});
