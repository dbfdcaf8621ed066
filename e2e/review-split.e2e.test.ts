import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';

// One document without headings: statements whose speakers are named after their words.
const statements = [
  '养老与公路：来自基层的建议',
  '',
  '养老服务的短板主要在农村。建议整合乡镇敬老院和村级互助点，让老人在家门口就能吃上热饭，子女在外也放心。',
  '服务要可持续，还得有稳定的经费和人手。',
  '——温若岚（澄川市卫生健康委员会副主任）',
  '',
  '乡村公路修好以后，养护是长期的事。建议把养护经费列入县级预算，按季度检查，检查结果和下一年经费挂钩。',
  '——卢定远（青岚县交通运输局局长）',
  '',
].join('\n');

const app = useApp();
let page: Page;
const group = (n: number) => page.getByRole('group', { name: `第 ${n} 篇`, exact: true });

beforeAll(async () => {
  page = await app.open();
});

describe('the review splits a document at any paragraph', () => {
  it('splits a document without headings by keyboard, asks for the new title, and keeps who speaks each paragraph', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入简报' }).click();
    await (await chooser).setFiles({ name: 'statements.txt', mimeType: 'text/plain', buffer: Buffer.from(statements) });
    await group(1).waitFor();
    await group(1).getByText('预览正文').click();
    const split = group(1).getByRole('button', { name: /^在此拆分：乡村公路修好以后/u });
    await split.focus();
    await snapshot(page, 'review-split-paragraph-zh-light');
    await page.keyboard.press('Enter');
    await group(2).waitFor();
    const title = group(2).getByRole('textbox', { name: '标题', exact: true });
    await group(2).getByText('请填写标题。').waitFor();
    await title.fill('把公路养护落到实处');
    await page.getByRole('button', { name: '导入', exact: true }).click();

    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/u);
    await page.getByRole('main').getByRole('list').getByRole('link', { name: '把公路养护落到实处' }).click();
    await page.getByRole('article').getByRole('heading', { level: 1, name: '把公路养护落到实处' }).waitFor();
    expect(await page.locator('article .turn-label').allInnerTexts()).toEqual(['卢定远']);
  });
});
