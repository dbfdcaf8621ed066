import { describe, expect, it } from 'vitest';
import { ImportFailure } from './import-failure.ts';
import { parseBriefingText } from './index.ts';

const TWO_SPEECHES = [
  '编者按：本报整理了两篇交流发言，供读者参考。',
  '',
  '扎实推进 久久为功',
  '某某县',
  '某某县总工会主席王小明',
  '近年来，我们做了很多工作。',
  '一、抓组织',
  '（一）建立机制，统筹协调。成立领导小组。',
  '二、抓服务',
  '服务职工，成效明显。',
  '',
  '守正创新 行稳致远',
  '某某市',
  '某某市总工会副主席李红',
  '一、强引领',
  '1. 学理论。组织宣讲20场。',
  '（1）进企业',
].join('\n');

describe('parseBriefingText: structure', () => {
  it('splits speeches at title + unit/caption and fills their header fields', () => {
    const b = parseBriefingText(TWO_SPEECHES);
    expect(b.title).toBeNull();
    expect(b.preface).toBe('编者按：本报整理了两篇交流发言，供读者参考。');
    expect(b.documents.map((d) => [d.title, d.unit, d.speaker?.name, d.speaker?.role])).toEqual([
      ['扎实推进 久久为功', '某某县', '王小明', '某某县总工会主席'],
      ['守正创新 行稳致远', '某某市', '李红', '某某市总工会副主席'],
    ]);
    expect(b.documents[0]?.blocks).toEqual([
      { kind: 'paragraph', text: '近年来，我们做了很多工作。' },
      { kind: 'heading', level: 1, text: '一、抓组织' },
      { kind: 'heading', level: 2, text: '（一）建立机制，统筹协调。' },
      { kind: 'paragraph', text: '成立领导小组。' },
      { kind: 'heading', level: 1, text: '二、抓服务' },
      { kind: 'paragraph', text: '服务职工，成效明显。' },
    ]);
    expect(b.documents[1]?.blocks).toEqual([
      { kind: 'heading', level: 1, text: '一、强引领' },
      { kind: 'heading', level: 3, text: '1. 学理论。' },
      { kind: 'paragraph', text: '组织宣讲20场。' },
      { kind: 'heading', level: 4, text: '（1）进企业' },
    ]);
  });

  it('keeps a dash subtitle with its headline', () => {
    const b = parseBriefingText('扎实推进 久久为功\n——专访某某县产改办负责同志\n某某县\n近年来，我们做了很多工作。');
    expect(b.documents.map((d) => [d.title, d.unit])).toEqual([['扎实推进 久久为功——专访某某县产改办负责同志', '某某县']]);
    expect(b.documents[0]?.blocks.map((x) => x.text)).toEqual(['近年来，我们做了很多工作。']);
  });

  it('keeps an occasion subtitle as the opening line of the text, not of the headline', () => {
    const b = parseBriefingText('扎实推进 久久为功\n——在全县产改推进会上的交流发言\n某某县\n近年来，我们做了很多工作。');
    expect(b.documents.map((d) => [d.title, d.unit])).toEqual([['扎实推进 久久为功', '某某县']]);
    expect(b.documents[0]?.blocks.map((x) => x.text)).toEqual(['——在全县产改推进会上的交流发言', '近年来，我们做了很多工作。']);
  });

  it('takes a clear masthead as the briefing title, and only then', () => {
    const b = parseBriefingText(`产改工作交流专刊\n${TWO_SPEECHES}`);
    expect(b.title).toBe('产改工作交流专刊');
    expect(b.preface).toBe('编者按：本报整理了两篇交流发言，供读者参考。');
    expect(b.documents).toHaveLength(2);
  });

  it('reads a text without structure as one document titled by its first line or the fallback', () => {
    const titled = parseBriefingText('关于学习的几点体会\n学习很重要。\n实践更重要。');
    expect(titled.documents).toHaveLength(1);
    expect(titled.documents[0]).toMatchObject({ title: '关于学习的几点体会', unit: null, speaker: null });
    expect(titled.documents[0]?.blocks.map((b) => b.text)).toEqual(['学习很重要。', '实践更重要。']);
    expect(titled.preface).toBeNull();

    const untitled = parseBriefingText('学习很重要。\n实践更重要。', { fallbackTitle: '心得' });
    expect(untitled.documents[0]?.title).toBe('心得');
    expect(untitled.documents[0]?.blocks).toHaveLength(2);
  });

  it('refuses a text with nothing in it', () => {
    expect(() => parseBriefingText(' \n\u3000\n')).toThrow(ImportFailure);
  });

  it('writes notices in the requested locale with ids that do not depend on the locale', () => {
    const text = '标题一行\n某某县\n近年来,我们在领导下,开\n\n展了工作。';
    const zh = parseBriefingText(text);
    const en = parseBriefingText(text, { locale: 'en' });
    expect(zh.documents[0]?.notices.map((n) => n.message).join('')).toMatch(/已接合/u);
    expect(en.documents[0]?.notices.map((n) => n.message).join('')).toMatch(/Joined a paragraph/u);
    expect(en.documents[0]?.notices.map((n) => n.id)).toEqual(zh.documents[0]?.notices.map((n) => n.id));
  });

  it('keeps notice ids stable when text elsewhere moves', () => {
    const cut = '近年来，我们在领导下，开\n展了工作。';
    const a = parseBriefingText(`标题一行\n某某县\n${cut}`);
    const b = parseBriefingText(`标题一行\n某某县\n开头多了一段。\n再多一段。\n${cut}`);
    const id = (x: typeof a) => x.documents[0]?.notices.find((n) => n.kind === 'join-column-break')?.id;
    expect(id(a)).toBeDefined();
    expect(id(b)).toBe(id(a));
  });

  it('gives repairs of identical text distinct ids', () => {
    const text = '标题一行\n某某县\n在企业，开\n展工作。\n在企业，开\n展工作。';
    const ids = parseBriefingText(text).documents[0]?.notices.map((n) => n.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('undoes punctuation normalization per document', () => {
    const text = '标题一行\n某某县\n近年来,在领导下(试行)。';
    const first = parseBriefingText(text);
    const notice = first.documents[0]?.notices.find((n) => n.kind === 'punctuation-normalized');
    expect(first.documents[0]?.blocks[0]?.text).toBe('近年来，在领导下（试行）。');
    const undone = parseBriefingText(text, { skip: new Set([notice?.id ?? '']) });
    expect(undone.documents[0]?.blocks[0]?.text).toBe('近年来,在领导下(试行)。');
    expect(undone.documents[0]?.notices).toEqual([]);
  });
});
