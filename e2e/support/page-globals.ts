import type { Page } from 'playwright-core';

/** What the page's own script can reach: only `window.briefing`, never Node's `require` or `process`. */
export function pageGlobals(page: Page): Promise<{ require: string; process: string; api: string }> {
  return page.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    api: typeof window.briefing,
  }));
}
