import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from './punctuation.ts';

const norm = (text: string): string => normalizePunctuation(text).text;

describe('normalizePunctuation', () => {
  it('makes half-width marks beside Chinese full-width', () => {
    expect(norm('近年来,在领导下;成立小组:组长?是!')).toBe('近年来，在领导下；成立小组：组长？是！');
    expect(norm('陕西省县(区)产业工人')).toBe('陕西省县（区）产业工人');
    expect(norm('(一)建立组织')).toBe('（一）建立组织');
    expect(norm('(1)民主权利')).toBe('（1）民主权利');
    expect(norm('县(市),2023年')).toBe('县（市），2023年');
    expect(norm('8月6日,陕西')).toBe('8月6日，陕西');
  });

  it('removes stray spaces between Chinese characters', () => {
    expect(norm('产业 工人　队伍 ， 建设')).toBe('产业工人队伍，建设');
  });

  it('keeps spaces when asked, for headlines', () => {
    expect(normalizePunctuation('凝心聚力 扩面提质', { keepSpaces: true }).text).toBe('凝心聚力 扩面提质');
  });

  it('leaves numbers, Latin, times and URLs alone', () => {
    for (const text of ['3.5万个', 'GDP, CPI and PPI', '上午8:30开会', '1,000,000', 'see (note 1)', 'Hello, world!']) {
      expect(norm(text)).toBe(text);
    }
    expect(norm('网址:https://example.com/a?b=1,2;c:d(e),欢迎')).toBe('网址：https://example.com/a?b=1,2;c:d(e)，欢迎');
    expect(norm('GDP 2347.1 亿元')).toBe('GDP 2347.1 亿元');
  });

  it('counts what it changed, and nothing when there is nothing to change', () => {
    expect(normalizePunctuation('近年来,在 领导下(区)').count).toBe(4);
    expect(normalizePunctuation('近年来，在领导下。').count).toBe(0);
  });
});
