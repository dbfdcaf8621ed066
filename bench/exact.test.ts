import { describe, expect, it } from 'vitest';
import { ExactHits } from './exact.ts';

describe('ExactHits', () => {
  it('finds the entries holding every term, folded as the index folds (width and case)', () => {
    const texts = ['产业工人队伍建设', '推进ＧＤＰ增长', '队伍 建设 改革', '无关的句子'];
    const exact = new ExactHits(['队伍建设', 'gdp', '队伍 改革', '不存在'], texts.length);
    texts.forEach((t, i) => exact.add(i, t));
    const hits = (q: number) => texts.map((_, i) => i).filter((i) => exact.has(q, i));
    expect([hits(0), hits(1), hits(2), hits(3)]).toEqual([[0], [1], [2], []]);
    expect([exact.count(0), exact.count(3)]).toEqual([1, 0]);
  });
});
