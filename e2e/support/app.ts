import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { BriefingApi } from '@contract/contract.ts';
import { launchChromium } from './browser.ts';
import { projectRoot, startServe, type RunningHost } from './host.ts';

declare global {
  interface Window {
    /** The app's API, which tests call to check what was stored. */
    briefing?: BriefingApi;
  }
}

export interface AppFixture {
  readonly host: RunningHost;
  /** A fresh browser context on the library screen. */
  open(colorScheme?: 'light' | 'dark'): Promise<Page>;
}

/**
 * One `briefing serve` and one Chromium for a test file, on a new library holding the
 * sample plus `files` (imported with the real CLI). A console error or an uncaught
 * exception in the page, such as a CSP violation, fails the test it happened in.
 */
export function useApp(options: { files?: Record<string, string | Uint8Array> } = {}): AppFixture {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
    const dbPath = join(dir, 'library.sqlite3');
    for (const [name, content] of Object.entries(options.files ?? {})) {
      writeFileSync(join(dir, name), content);
      const imported = spawnSync(process.execPath, [join(projectRoot, 'bin', 'briefing.mjs'), 'import', join(dir, name), '--db', dbPath], {
        encoding: 'utf8',
      });
      expect(imported.status, imported.stderr).toBe(0);
    }
    host = await startServe({ dbPath });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  return {
    get host() {
      if (!host) throw new Error('the app is not started yet');
      return host;
    },
    async open(colorScheme = 'light') {
      if (!host || !browser) throw new Error('the app is not started yet');
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme, locale: 'zh-CN' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
      const page = await context.newPage();
      pageErrors = [];
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(host.url);
      await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
      return page;
    },
  };
}
