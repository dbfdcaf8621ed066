import { describe, expect, it } from 'vitest';
import { sampleInput } from './fixtures.test-helper.ts';
import { buildExportModel } from './model.ts';
import { renderText, textFileBytes } from './text.ts';

describe('plain text', () => {
  it('reads as the sample session', async () => {
    const text = await renderText(buildExportModel(sampleInput(), { groupBy: 'document' }));
    await expect(text).toMatchFileSnapshot('__snapshots__/sample-by-document.txt');
  });

  it('leads a passage with its mark and lines continuations and notes up under their labels', async () => {
    const text = await renderText(buildExportModel(sampleInput(), { groupBy: 'document' }));
    expect(text).toContain('　　【黄色高亮】1. 组织领导健全有力。\n　　　　　　　　神木市委市政府');
    expect(text).toContain('　　【蓝色高亮】构建“4+1”职工民主管理工作体系\n');
    expect(text).toContain('　　笔记：以评选办法和特训营带动工匠培养，我单位可以借鉴。\n　　　　　下一步：');
  });

  it('is written for Windows Notepad: UTF-8 with a byte-order mark, CRLF', () => {
    const bytes = textFileBytes('学习笔记\n第二行\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('学习笔记\r\n第二行\r\n');
  });
});
