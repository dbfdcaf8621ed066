import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { WebContents, WebPreferences } from 'electron';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronExecutable, nativeBinding, projectRoot } from '../scripts/electron-runtime.mjs';
import { snapshot } from './support/browser.ts';
import { pageGlobals } from './support/page-globals.ts';

// The same scenarios run against the browser host: reader and host (the sample),
// annotations (highlighting), export (PDF from the export dialog) and host-security.
const runtime = electronExecutable();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !runtime
  ? 'no Electron runtime here (`npm start` downloads it, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked one)'
  : !existsSync(nativeBinding)
    ? `better-sqlite3 is not built for Electron (\`npm start\` builds ${relative(projectRoot, nativeBinding)})`
    : noDisplay
      ? 'no display for the Electron window (run the suite under xvfb-run)'
      : null;
if (skipReason) console.log(`Electron e2e skipped: ${skipReason}.`);

/** ¶1 of the speech by 马巍安 in the built-in sample. */
const P1 = '近年来，在党工委管委会的坚强领导下';

describe.skipIf(skipReason !== null)('the desktop app in Electron', () => {
  let app: ElectronApplication;
  let page: Page;
  let dir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-electron-e2e-'));
    app = await _electron.launch({
      executablePath: runtime!,
      // Chromium refuses to run its sandbox as root, which only containers do.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), projectRoot, '--db', join(dir, 'library.sqlite3')],
      env: { ...process.env, BRIEFING_NATIVE_BINDING: nativeBinding, XDG_CONFIG_HOME: dir, APPDATA: dir },
    });
    page = await app.firstWindow();
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens on the library holding the sample, served from app://', async () => {
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    expect(new URL(page.url()).protocol).toBe('app:');
    await expect.poll(() => page.getByRole('list').getByRole('link').count()).toBe(5);
    await snapshot(page, 'electron-library-zh-light');
    expect(pageErrors).toEqual([]);
  });

  it('highlights a passage selected with the mouse', async () => {
    await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).click();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    const [from, to] = await page.evaluate((prefix) => {
      const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith(prefix))!;
      p.scrollIntoView({ block: 'center' });
      const rect = (at: number) => {
        const range = document.createRange();
        range.setStart(p.firstChild!, at);
        range.setEnd(p.firstChild!, at + 1);
        return range.getClientRects()[0]!;
      };
      const first = rect(0);
      const last = rect(13);
      return [
        { x: first.left + 1, y: first.top + first.height / 2 },
        { x: last.right - 1, y: last.top + last.height / 2 },
      ];
    }, P1);
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 6 });
    await page.mouse.up();
    await page.getByRole('toolbar', { name: '选中文字' }).getByRole('button', { name: '黄色高亮' }).click();
    await expect
      .poll(() => page.evaluate(async () => (await window.briefing!.listAnnotations({})).annotations.map((a) => a.quote?.exact)))
      .toEqual(['近年来，在党工委管委会的坚强']);
    await snapshot(page, 'electron-reader-highlight-zh-light');
    expect(pageErrors).toEqual([]);
  });

  it('exports the notes as a PDF printed by Electron, saved where the save dialog says', async () => {
    const pdf = join(dir, '批注.pdf');
    // The download's save dialog is native; answering it is the only thing stubbed.
    await app.evaluate(({ session, dialog }, savePath) => {
      session.defaultSession.on('will-download', (_event, item) => item.setSavePath(savePath));
      const saved: string[] = [];
      (globalThis as { savedMessages?: string[] }).savedMessages = saved;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        saved.push((args.at(-1) as { message: string }).message);
        return { response: 1, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    }, pdf);

    const panel = page.getByRole('button', { name: /^批注/ });
    if ((await panel.getAttribute('aria-expanded')) !== 'true') await panel.click();
    await page.getByRole('region', { name: /^批注/ }).getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出笔记' });
    await dialog.getByRole('radio', { name: /^PDF$/ }).check();
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: '已导出' }).waitFor();
    await expect.poll(() => app.evaluate(() => (globalThis as { savedMessages?: string[] }).savedMessages)).toEqual([`已保存：${pdf}`]);

    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('近年来，在党工委管委会的坚强');
    // Chromium's printToPDF writes through Skia.
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Producer:\s+Skia\/PDF/);
    expect(pageErrors).toEqual([]);
  });

  it('runs the window sandboxed and isolated, with no Node in the page', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      // Undocumented but present: the preferences the live page was created with.
      const contents = windows[0]!.webContents as WebContents & { getLastWebPreferences(): WebPreferences };
      const p = contents.getLastWebPreferences();
      return {
        windows: windows.length,
        url: contents.getURL(),
        sandbox: p.sandbox,
        contextIsolation: p.contextIsolation,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(prefs).toEqual({
      windows: 1,
      url: expect.stringMatching(/^app:\/\//),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(await pageGlobals(page)).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
    // A page may not open windows of its own: a web link goes to the system browser instead.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { openedExternally?: string[] }).openedExternally = opened;
      shell.openExternal = async (url: string) => void opened.push(url);
    });
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await app.evaluate(() => (globalThis as { openedExternally?: string[] }).openedExternally)).toEqual(['https://example.com/']);
    expect(pageErrors).toEqual([]);
  });
});
