import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, foldForFind, stepMatch } from './find.ts';

const fold = (texts: string[]) => texts.map(foldForFind);

describe('find in document', () => {
  it('finds Chinese substrings in every block, in order', () => {
    const blocks = fold(['产业工人队伍建设改革', '推进产改，产业工人', '无关']);
    expect(findMatches(blocks, '产业工人')).toEqual([
      { block: 0, start: 0, end: 4 },
      { block: 1, start: 5, end: 9 },
    ]);
  });

  it('ignores Latin case and full-width forms, keeping offsets of the original text', () => {
    const original = '比亚迪 BYD 与ｂｙｄ，2024年和２０２４年';
    const blocks = fold([original]);
    const byd = findMatches(blocks, 'Byd');
    expect(byd.map((m) => original.slice(m.start, m.end))).toEqual(['BYD', 'ｂｙｄ']);
    expect(findMatches(blocks, '2024').map((m) => original.slice(m.start, m.end))).toEqual(['2024', '２０２４']);
  });

  it('keeps lengths when a character folds to several', () => {
    expect(foldForFind('İ㍿x').length).toBe(3);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(fold(['a b']), '')).toEqual([]);
    expect(findMatches(fold(['a  b']), ' ')).toEqual([]);
  });

  it('does not count overlapping occurrences twice', () => {
    expect(findMatches(fold(['哈哈哈哈']), '哈哈')).toHaveLength(2);
  });

  it('starts at the first match at or after the reading position and wraps around', () => {
    const matches = findMatches(fold(['甲', '乙', '甲', '甲']), '甲');
    expect(firstMatchFrom(matches, 1)).toBe(1);
    expect(firstMatchFrom(matches, 4)).toBe(0);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(0);
  });
});
