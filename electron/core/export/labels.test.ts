import { describe, expect, it } from 'vitest';
import { chineseNumeral, labelsFor } from './labels.ts';

describe('chineseNumeral', () => {
  it('writes numbers as headings number them', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [10, '十'],
      [12, '十二'],
      [20, '二十'],
      [21, '二十一'],
      [100, '一百'],
      [105, '一百零五'],
      [110, '一百一十'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, text] of cases) expect(chineseNumeral(n)).toBe(text);
  });

  it('falls back to Arabic digits outside 1…9999', () => {
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(10000)).toBe('10000');
  });
});

describe('labels', () => {
  it('writes dates as GB/T 9704 does, and keeps the trainee’s own wording', () => {
    expect(labelsFor('zh-CN').formatDate('2024-08-06')).toBe('2024年8月6日');
    expect(labelsFor('zh-CN').formatDate('8月上旬')).toBe('8月上旬');
    expect(labelsFor('en').formatDate('2024-08-06')).toBe('6 August 2024');
  });

  it('puts unit and speaker in a byline, each only when known', () => {
    const zh = labelsFor('zh-CN');
    expect(zh.byline('西安高新区', { name: '马巍安', role: '主席' })).toBe('西安高新区　马巍安（主席）');
    expect(zh.byline(null, { name: '马巍安', role: null })).toBe('马巍安');
    expect(zh.byline(null, null)).toBe('');
  });
});
