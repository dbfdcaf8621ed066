import { describe, expect, it } from 'vitest';
import { sampleInput } from './fixtures.test-helper.ts';
import { escapeMarkdown, renderMarkdown } from './markdown.ts';
import { buildExportModel } from './model.ts';

describe('Markdown', () => {
  it('reads as the sample session, grouped by document', async () => {
    const md = await renderMarkdown(buildExportModel(sampleInput(), { groupBy: 'document' }));
    await expect(md).toMatchFileSnapshot('__snapshots__/sample-by-document.md');
  });

  it('reads as the sample session, grouped by tag', async () => {
    const md = await renderMarkdown(buildExportModel(sampleInput(), { groupBy: 'tag' }));
    await expect(md).toMatchFileSnapshot('__snapshots__/sample-by-tag.md');
  });

  it('closes the bold label before the full-width colon, so CommonMark renders it', async () => {
    const md = await renderMarkdown(buildExportModel(sampleInput(), { groupBy: 'document' }));
    expect(md).toContain('**笔记**：以评选办法和特训营带动工匠培养');
    expect(md).toContain('> 1\\. 组织领导健全有力。\n>\n> 神木市委市政府');
  });

  it('escapes markup where it would take effect, and leaves Chinese text alone', () => {
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('- 一项')).toBe('\\- 一项');
    expect(escapeMarkdown('1. 组织领导')).toBe('1\\. 组织领导');
    expect(escapeMarkdown('a*b*_c_ `d` [e](f) ![g][h] <i> |j| ~k~')).toBe('a\\*b\\*\\_c\\_ \\`d\\` \\[e](f) !\\[g][h] \\<i\\> \\|j\\| \\~k\\~');
    expect(escapeMarkdown('[注]: http://x')).toBe('\\[注]: http://x');
    expect(escapeMarkdown('文献[G]//汇编. [2024-08-20]: ¶3.')).toBe('文献[G]//汇编. [2024-08-20]: ¶3.');
    expect(escapeMarkdown('&amp; 与 & 2024-08-06')).toBe('\\&amp; 与 & 2024-08-06');
    expect(escapeMarkdown('以评选办法和特训营带动工匠培养，我单位可以借鉴。')).toBe('以评选办法和特训营带动工匠培养，我单位可以借鉴。');
  });
});
