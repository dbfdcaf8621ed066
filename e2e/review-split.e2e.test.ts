import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';
import { statementsPage as statements } from './support/statements-page.ts';

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
