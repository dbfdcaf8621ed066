import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSHandle, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BriefingShell, ShellCommand } from '@contract/shell.ts';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';
import { projectRoot } from './support/host.ts';

declare global {
  interface Window {
    briefingShell?: BriefingShell;
    /** The stand-in preload's way to push a command, as the desktop main process would. */
    pushShellCommand?: (command: ShellCommand) => void;
  }
}

const briefingText = readFileSync(join(projectRoot, 'electron', 'core', 'import', 'parse', 'fixtures', 'sample-briefing.txt'), 'utf8');
const app = useApp();

const reviewHeading = (page: Page) => page.getByRole('heading', { name: '核对导入内容', level: 1 });

function files(page: Page, name: string, text: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ([n, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], n, { type: 'text/plain' }));
      return dt;
    },
    [name, text] as const,
  );
}

async function openFirstDocument(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('list').getByRole('link').first().click();
  await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
}

async function leaveReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: '取消导入' }).click();
  await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
}

describe('a file dropped anywhere on the window, in the browser host', () => {
  it('shows the drop overlay over the reader and opens the import review', async () => {
    const page = await app.open();
    await openFirstDocument(page);
    const dataTransfer = await files(page, '交流材料.txt', briefingText);
    await page.dispatchEvent('article', 'dragenter', { dataTransfer });
    await page.getByText('松开鼠标即可导入这个文件').waitFor();
    await snapshot(page, 'drop-overlay-zh-light');
    await page.dispatchEvent('article', 'drop', { dataTransfer });
    await reviewHeading(page).waitFor();
    await page.getByText('文件：交流材料.txt').waitFor();
    expect(await page.getByText('文件：交流材料.txt').count()).toBe(1);
    expect(await page.getByText('松开鼠标即可导入这个文件').count()).toBe(0);
    await leaveReview(page);
  });

  it('shows the overlay in the dark theme too, and hides it when the drag leaves', async () => {
    const page = await app.open('dark');
    await page.getByRole('link', { name: '全部笔记' }).click();
    await page.getByRole('main').getByRole('heading', { name: '全部笔记', level: 1 }).waitFor();
    const dataTransfer = await files(page, '交流材料.txt', briefingText);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByText('松开鼠标即可导入这个文件').waitFor();
    await snapshot(page, 'drop-overlay-zh-dark');
    await page.dispatchEvent('main', 'dragleave', { dataTransfer });
    await page.getByText('松开鼠标即可导入这个文件').waitFor({ state: 'detached' });
  });

  it('explains a refused file on the screen it was dropped on', async () => {
    const page = await app.open();
    await page.getByRole('link', { name: '全部笔记' }).click();
    await page.getByRole('main').getByRole('heading', { name: '全部笔记', level: 1 }).waitFor();
    // Past the import limit, a file is refused before anything is sent, so the page stays.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(64 * 1024 * 1024 + 1)], '巨大.pdf', { type: 'application/pdf' }));
      return dt;
    });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    // The toast area keeps an empty live region for urgent news; the refusal is the alert that speaks.
    const alert = page.getByRole('alert').filter({ hasText: '巨大.pdf' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('“巨大.pdf”：文件过大');
    await snapshot(page, 'drop-refused-zh-light');
    expect(await page.getByRole('main').getByRole('heading', { name: '全部笔记', level: 1 }).count()).toBe(1);
    await page.getByRole('link', { name: '学习记录' }).click();
    await alert.waitFor({ state: 'detached' });
  });
});

/** A one-speech briefing of our own, named so that each file differs. */
const speech = (title: string) => `${title}\n\n某市总工会\n\n某市总工会副主席张明\n\n今年以来，我们围绕职工技能提升开展了多项工作。\n`;

function several(page: Page, named: Record<string, string>): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((all) => {
    const dt = new DataTransfer();
    for (const [n, content] of Object.entries(all)) dt.items.add(new File([content], n, { type: 'text/plain' }));
    return dt;
  }, named);
}

describe('several files, and files arriving during a review', () => {
  it('queues them, reviews one at a time, and never drops a review without asking', async () => {
    const page = await app.open();
    await page.dispatchEvent('main', 'drop', { dataTransfer: await several(page, { '甲.txt': speech('甲篇讲话稿'), '乙.txt': speech('乙篇讲话稿') }) });
    await page.getByText('文件：甲.txt').waitFor();
    await page.getByText('还有 1 个文件等待核对：乙.txt').waitFor();

    // A file dropped while the review is open waits its turn; the review and its edits stay.
    const title = page.getByRole('textbox', { name: '简报标题' });
    await title.fill('甲篇交流材料（改）');
    await page.dispatchEvent('main', 'drop', { dataTransfer: await several(page, { '丙.txt': speech('丙篇讲话稿') }) });
    await page.getByText('已排队：丙.txt。当前核对完成后再导入。').waitFor();
    await page.getByText('还有 2 个文件等待核对：乙.txt、丙.txt').waitFor();
    expect(await page.getByText('文件：甲.txt').count()).toBe(1);
    expect(await title.inputValue()).toBe('甲篇交流材料（改）');
    await snapshot(page, 'import-queue-zh-light');

    // Leaving by a link asks first; staying keeps everything.
    await page.getByRole('link', { name: '← 返回' }).click();
    const ask = page.getByRole('dialog');
    await ask.getByText('“甲.txt”还没有导入。离开将放弃这次核对和其中的修改。').waitFor();
    await snapshot(page, 'import-leave-confirm-zh-light');
    await ask.getByRole('button', { name: '取消' }).click();
    expect(await title.inputValue()).toBe('甲篇交流材料（改）');
    expect(page.url()).toMatch(/#\/import\//);

    // Saving moves on to the next file, cancelling too, and the last leaves for the library.
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByText('文件：乙.txt').waitFor();
    await page.getByText('还有 1 个文件等待核对：丙.txt').waitFor();
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByText('文件：丙.txt').waitFor();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);
    const titles = await page.evaluate(async () => (await window.briefing!.listBriefings({})).briefings.map((b) => b.title ?? b.sourceName));
    expect(titles).toContain('甲篇交流材料（改）');
    expect(titles.some((x) => x.startsWith('乙'))).toBe(false);
    expect(titles.filter((x) => x.startsWith('丙'))).toHaveLength(1);
  });

  it('shows the queue in the dark theme', async () => {
    const page = await app.open('dark');
    await page.dispatchEvent('main', 'drop', { dataTransfer: await several(page, { '丁.txt': speech('丁篇讲话稿'), '戊.txt': speech('戊篇讲话稿') }) });
    await page.getByText('还有 1 个文件等待核对：戊.txt').waitFor();
    await snapshot(page, 'import-queue-zh-dark');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'import-queue-zh-dark-1024');
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByText('文件：戊.txt').waitFor();
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  });
});

describe('commands from the desktop shell, with a stand-in for its preload', () => {
  async function openWithShell(): Promise<Page> {
    const page = await app.open();
    await page.addInitScript(() => {
      window.briefingShell = {
        onCommand(listener) {
          window.pushShellCommand = listener;
          return () => delete window.pushShellCommand;
        },
      };
    });
    await page.reload();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    return page;
  }

  const push = (page: Page, command: ShellCommand) => page.evaluate((c) => window.pushShellCommand!(c), command);

  it('a file opened from the desktop goes to the import review', async () => {
    const page = await openWithShell();
    await page.evaluate((text) => {
      const bytes = new TextEncoder().encode(text);
      window.pushShellCommand!({ type: 'import', name: '双击打开.txt', size: bytes.length, bytes });
    }, briefingText);
    await reviewHeading(page).waitFor();
    await page.getByText('文件：双击打开.txt').waitFor();
    expect(await page.getByText('文件：双击打开.txt').count()).toBe(1);
    await leaveReview(page);
  });

  it('a file past the import limit is refused by its size', async () => {
    const page = await openWithShell();
    await push(page, { type: 'import', name: '巨大.pdf', size: 65 * 1024 * 1024, bytes: null });
    const alert = page.getByRole('alert').filter({ hasText: '巨大.pdf' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('“巨大.pdf”：文件过大');
  });

  it('the menu goes to a section, finds in the document and opens the export', async () => {
    const page = await openWithShell();
    await push(page, { type: 'go', to: 'sessions' });
    await page.getByRole('main').getByRole('heading', { name: '学习记录', level: 1 }).waitFor();
    await push(page, { type: 'go', to: 'library' });
    await openFirstDocument(page);
    await push(page, { type: 'find' });
    const box = page.getByRole('search', { name: '在文中查找' }).getByRole('textbox', { name: '在文中查找' });
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await push(page, { type: 'export' });
    await page.getByRole('dialog').waitFor();
  });
});
