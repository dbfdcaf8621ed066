import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '@core/export/chromium.ts';
import { CHROMIUM_ARGS } from '@core/export/pdf.ts';
import { projectRoot } from './host.ts';

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');

/**
 * The browser the PDF export would use (CHROMIUM_PATH, a Playwright-installed Chromium, or
 * the system's), never a downloaded one, with the export's flags that keep it off the closed network.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Saves a screenshot for a person to look at; the suite's assertions do not depend on it. */
export async function snapshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
}
