import { describe, expect, it } from 'vitest';
import { foldUnits } from './fold.ts';
import { makeSnippet } from './snippet.ts';

const terms = (...texts: string[]): string[][] => texts.map(foldUnits);
const marked = (s: { text: string; ranges: [number, number][] }): string[] => s.ranges.map(([a, b]) => s.text.slice(a, b));

describe('makeSnippet', () => {
  it('marks every occurrence in the original text, whatever its width or case', () => {
    const s = makeSnippet('全市实现ＧＤＰ与GdP增长', terms('gdp'));
    expect(s.text).toBe('全市实现ＧＤＰ与GdP增长');
    expect(marked(s)).toEqual(['ＧＤＰ', 'GdP']);
    expect(s.match).toEqual([4, 7]);
  });

  it('cuts about 30 characters either side, with ellipses, keeping offsets right', () => {
    const text = `${'甲'.repeat(50)}新质生产力${'乙'.repeat(50)}`;
    const s = makeSnippet(text, terms('新质生产力'));
    expect(s.text).toBe(`…${'甲'.repeat(30)}新质生产力${'乙'.repeat(30)}…`);
    expect(marked(s)).toEqual(['新质生产力']);
    expect(s.match).toEqual([50, 55]);
  });

  it('never splits a character outside the BMP', () => {
    const text = `${'𠀀'.repeat(40)}工${'𠀀'.repeat(40)}`;
    const s = makeSnippet(text, terms('工'));
    expect(s.text).toBe(`…${'𠀀'.repeat(30)}工${'𠀀'.repeat(30)}…`);
    expect(marked(s)).toEqual(['工']);
  });

  it('marks a whole character when the match covers part of what it folds to', () => {
    const s = makeSnippet('等等…其他', terms('.'));
    expect(marked(s)).toEqual(['…']);
  });

  it('shows several terms together where they occur close', () => {
    const text = `神木${'丙'.repeat(80)}2023年 GDP${'丁'.repeat(10)}神木市`;
    const s = makeSnippet(text, terms('神木', 'gdp'));
    expect(marked(s)).toEqual(['GDP', '神木']);
    expect(s.match).toEqual([text.indexOf('GDP'), text.indexOf('GDP') + 3]);
  });

  it('joins overlapping occurrences of different terms', () => {
    expect(marked(makeSnippet('产业工人队伍', terms('产业工', '工人')))).toEqual(['产业工人']);
  });

  it('opens the text when no term occurs', () => {
    const s = makeSnippet('甲'.repeat(40), terms('乙'));
    expect(s).toEqual({ text: `${'甲'.repeat(30)}…`, ranges: [], match: [0, 0] });
  });
});
