import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet-parts.ts';

const shown = (parts: ReturnType<typeof snippetParts>) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('snippetParts', () => {
  it('marks each range and keeps every character in order', () => {
    expect(shown(snippetParts('…举办职工职业技能竞赛…', [[3, 5], [7, 9]]))).toBe('…举办[职工]职业[技能]竞赛…');
  });

  it('merges overlapping and touching ranges given in any order', () => {
    expect(shown(snippetParts('abcdefgh', [[4, 6], [1, 3], [2, 5], [6, 7]]))).toBe('a[bcdefg]h');
  });

  it('clamps ranges to the snippet and drops empty ones', () => {
    expect(shown(snippetParts('abc', [[2, 9], [1, 1], [-3, 1]]))).toBe('[a]b[c]');
    expect(snippetParts('', [[0, 2]])).toEqual([]);
  });

  it('leaves a snippet without ranges as one plain run', () => {
    expect(snippetParts('全文', [])).toEqual([{ text: '全文', marked: false }]);
  });
});
