import { describe, expect, it } from 'vitest';
import { columnScores, distanceEndingAt, distanceStartingAt, searchApprox } from './approx-match.ts';
import { random } from './anchoring.test-helper.ts';

/** Textbook dynamic programming, the reference for the bit-parallel version. */
function naiveScores(pattern: string, text: string, anchored: boolean): number[] {
  let prev = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const cur = [anchored ? j : 0];
    for (let i = 1; i <= pattern.length; i++) {
      const sub = (prev[i - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cur[i] = Math.min((prev[i] as number) + 1, (cur[i - 1] as number) + 1, sub);
    }
    out.push(cur[pattern.length] as number);
    prev = cur;
  }
  return out;
}

describe('bit-parallel approximate matching (Myers 1999)', () => {
  it('agrees with the textbook DP on random strings of any length (multi-block patterns too)', () => {
    const rnd = random(7);
    const alphabet = ['a', 'b', '产', '业', '工', '人', '\n', '\ud840', '\udc00'];
    const str = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let k = 0; k < 600; k++) {
      const pattern = str(1 + Math.floor(rnd() * 140));
      const text = str(Math.floor(rnd() * 220));
      for (const anchored of [false, true]) {
        expect(Array.from(columnScores(pattern, text, 0, text.length, anchored))).toEqual(naiveScores(pattern, text, anchored));
      }
    }
  });

  it('computes edit distances', () => {
    expect(distanceEndingAt('工人', '产业工人')).toBe(0);
    expect(distanceEndingAt('工人', '工人产业')).toBe(2);
    expect(distanceStartingAt('产业', '产业工人')).toBe(0);
    expect(distanceStartingAt('产业', '')).toBe(2);
  });

  it('finds exact and approximate matches with their starts', () => {
    const text = 'xx产业工人队伍yy产业工人的队伍zz';
    expect(searchApprox(text, '产业工人队伍', 2)).toEqual([
      { start: 2, end: 8, errors: 0 },
      { start: 10, end: 17, errors: 1 },
    ]);
    expect(searchApprox(text, '产业工人队伍', 2, { skipExact: true })).toEqual([{ start: 10, end: 17, errors: 1 }]);
    expect(searchApprox(text, '产业工人队伍', 2, { from: 9 })).toEqual([{ start: 10, end: 17, errors: 1 }]);
    expect(searchApprox('aaaa', 'aa', 0).map((m) => m.start)).toEqual([0, 1, 2]);
    expect(searchApprox('abc', '', 1)).toEqual([]);
  });
});
