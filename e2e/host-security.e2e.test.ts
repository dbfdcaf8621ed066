import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@web/csp.ts';
import { useApp } from './support/app.ts';
import { pageGlobals } from './support/page-globals.ts';

const app = useApp();

// The browser-host half of the Electron suite's security scenario (e2e/electron.e2e.test.ts):
// the page gets the app's API and nothing of Node, under the app's own CSP.
describe('the page in the browser host', () => {
  it('is served under the app’s Content-Security-Policy', async () => {
    // A page of its own: the refused script is reported as a console error, which the
    // fixture counts as a failure on the pages it opens.
    const page = await (await app.open()).context().newPage();
    const response = await page.goto(app.host.url);
    expect(response!.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    // An inline script is refused: the CSP is in force, not only sent.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  it('reaches the core only through window.briefing, with no Node globals', async () => {
    const page = await app.open();
    expect(await pageGlobals(page)).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
  });
});
