import { describe, expect, it } from 'vitest';
import { quoteCitation, searchPhrase } from './citation.ts';

const source = {
  title: '凝心聚力 扩面提质',
  speaker: { name: '马巍安', role: '副主席' },
  unit: '西安高新区',
  paragraphs: { first: 12, last: 12 },
};

describe('quoteCitation', () => {
  it('cites a quote with speaker, unit, title and ¶ in Chinese punctuation', () => {
    expect(quoteCitation('坚持思想政治引领', source, 'zh-CN')).toBe('“坚持思想政治引领”（马巍安，西安高新区，《凝心聚力 扩面提质》，¶12）');
  });

  it('names a span of paragraphs and joins them into one line', () => {
    expect(quoteCitation('甲。\n乙', { ...source, paragraphs: { first: 3, last: 4 } }, 'zh-CN')).toBe(
      '“甲。 乙”（马巍安，西安高新区，《凝心聚力 扩面提质》，¶3–4）',
    );
  });

  it('leaves out what the document lacks, and uses English punctuation in English', () => {
    expect(quoteCitation('words', { ...source, speaker: null, paragraphs: null }, 'en')).toBe('“words” (西安高新区, “凝心聚力 扩面提质”)');
  });
});

describe('searchPhrase', () => {
  it('searches Chinese text as it is, and a passage with spaces as one quoted phrase', () => {
    expect(searchPhrase('产改工作')).toBe('产改工作');
    expect(searchPhrase('甲。\n乙 "丙"')).toBe('"甲。 乙 丙"');
    expect(searchPhrase('字'.repeat(300))).toHaveLength(100);
  });
});
