import { describe, expect, it } from 'vitest';
import { maxNoteLength } from '../rules/limits.ts';
import { argSchemas } from '../schemas.ts';
import { describeIssues } from '../validation-messages.ts';
import { en } from './en.ts';
import { say } from './index.ts';
import { zhCN } from './zh-CN.ts';

const entries = (catalogue: Record<string, Record<string, string>>) =>
  Object.entries(catalogue).flatMap(([group, messages]) => Object.entries(messages).map(([key, text]) => [`${group}.${key}`, text] as const));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the server message catalogue', () => {
  it('gives every message the same parameters in both languages', () => {
    const english = new Map(entries(en));
    for (const [key, zh] of entries(zhCN)) expect([key, placeholders(english.get(key) ?? '')]).toEqual([key, placeholders(zh)]);
  });

  // docs/glossary.md: 批注 is an annotation (never 标注), 高亮 a highlight; 划线 is only the
  // underline style, which no server message is about.
  it('uses the interface words for annotations and highlights', () => {
    const offending = entries(zhCN).filter(([, zh]) => /标注|划线/u.test(zh));
    expect(offending).toEqual([]);
    expect(say('annotations', 'onlyHighlightHasStyle')['zh-CN']).toBe('只有高亮可以选择样式');
  });

  it('fills parameters, a localized one in each language', () => {
    expect(say('annotations', 'missingTags', { ids: { 'zh-CN': '1、2', en: '1, 2' } })).toEqual({ 'zh-CN': '标签 1、2', en: 'tag 1, 2' });
  });

  it('names a note 笔记 when its argument is refused', () => {
    const parsed = argSchemas.updateAnnotation.safeParse({ id: 1, note: 'x'.repeat(maxNoteLength + 1) });
    expect(parsed.success).toBe(false);
    const [line] = describeIssues(parsed.error?.issues ?? []);
    expect(line?.['zh-CN']).toBe(`笔记最长 ${maxNoteLength} 字`);
  });
});
