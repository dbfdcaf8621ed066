import { describe, expect, it } from 'vitest';
import { TrigramPeer, trigramCondition } from './trigram.ts';

describe('trigramCondition', () => {
  it('matches terms of three characters or more and falls back to LIKE for shorter ones', () => {
    expect(trigramCondition('队伍建设 产业 工')).toEqual({
      sql: "trigram MATCH ? AND text LIKE ? ESCAPE '\\' AND text LIKE ? ESCAPE '\\'",
      params: ['"队伍建设"', '%产业%', '%工%'],
    });
    expect(trigramCondition('50%')).toEqual({ sql: 'trigram MATCH ?', params: ['"50%"'] });
    expect(trigramCondition('5%')!.params).toEqual(['%5\\%%']);
    expect(trigramCondition(' ')).toBeNull();
  });
});

describe('TrigramPeer', () => {
  it('finds entries holding every term, short terms included', () => {
    const peer = new TrigramPeer(':memory:');
    try {
      peer.db.transaction(() => ['产业工人队伍建设', '队伍 建设', 'GDP 增长 5%'].forEach((t, i) => peer.add(i, t)))();
      expect(peer.allHits('队伍建设')).toEqual([0]);
      expect(peer.allHits('建设 队伍').sort()).toEqual([0, 1]);
      expect(peer.allHits('gdp 5%')).toEqual([2]);
      expect(peer.search('建设')).toBe(2);
    } finally {
      peer.close();
    }
  });
});
