import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { visiblePayloads, xssDocx, xssHtml, xssMarkdown } from '@core/reliability/xss-payloads.test-helper.ts';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';

declare global {
  interface Window {
    /** Set by any payload that manages to run. */
    __pwned?: unknown;
  }
}

// Files full of XSS payloads, imported with the real CLI, then opened in the reader.
const app = useApp({ files: { 'xss.html': xssHtml, 'xss.md': xssMarkdown, 'xss.docx': xssDocx() } });
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  page = await app.open();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

/** Elements through which imported content could run script, had any survived into the page. */
const SCRIPTABLE =
  'article script, article iframe, article object, article embed, article img, article svg [onload], article [onerror], article [onload], article [onmouseover], article [ontoggle], a[href^="javascript:"], a[href^="data:"], meta[http-equiv="refresh"], base[href]';

async function openDocument(title: string): Promise<void> {
  await page.goto(app.host.url);
  await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  await page.getByRole('list').getByRole('link', { name: title }).click();
  await page.getByRole('article').getByRole('heading', { level: 1, name: title }).waitFor();
  // Let any image error, load handler or navigation a payload might trigger happen.
  await page.waitForLoadState('networkidle');
}

describe('imported content never runs script in the reader', () => {
  it.each([
    ['安全测试简报', visiblePayloads.html, ['正文第一段结束。', '链接文字与编码的链接。', '属性被丢弃的段落。']],
    ['安全测试文件', visiblePayloads.docx, ['请看脚本链接和矢量图链接。']],
    ['安全测试笔记', [], ['正文段落。', '链接文字和', '图片后文字。']],
  ])('%s: the payloads are shown as text and nothing runs', async (title, visible, plain) => {
    await openDocument(title);
    const article = page.getByRole('article');
    for (const text of [...visible, ...plain]) expect(await article.getByText(text, { exact: true }).count(), text).toBe(1);
    expect(await page.locator(SCRIPTABLE).count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows the Word file’s markup-like words as words, light and dark', async () => {
    await openDocument('安全测试文件');
    await snapshot(page, 'xss-reader-light');
    page = await app.open('dark');
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openDocument('安全测试简报');
    await snapshot(page, 'xss-reader-dark');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
