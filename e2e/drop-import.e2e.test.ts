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
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('“巨大.pdf”：文件过大');
    await snapshot(page, 'drop-refused-zh-light');
    expect(await page.getByRole('main').getByRole('heading', { name: '全部笔记', level: 1 }).count()).toBe(1);
    await page.getByRole('link', { name: '学习记录' }).click();
    await alert.waitFor({ state: 'detached' });
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
    const alert = page.getByRole('alert');
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
