import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { printPagePolicy } from '@web/csp.ts';
import { createPrintPages, type PrintPages } from './print-pages.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { serveRenderer } from './protocol.ts';

type Handler = (request: Request) => Promise<Response>;

const a4 = { pageMm: { width: 210, height: 297 }, marginMm: { top: 37, bottom: 35, left: 28, right: 26 }, headerTemplate: '', footerTemplate: '' };

/** The app's protocol as Electron would run it, over the given print pages. */
function appProtocol(pages: PrintPages): Handler {
  let registered: Handler | undefined;
  serveRenderer({ handle: (_scheme: string, h: Handler) => (registered = h) } as never, '/nonexistent', pages);
  return registered!;
}

/**
 * A print window that, like Chromium, refuses a data: URL over 2 MB and otherwise loads the
 * page through the app's protocol; "printing" returns the bytes it loaded.
 */
function fakeWindow(serve: Handler, seen: { url?: string; policy?: string | null; destroyed?: boolean }) {
  return class {
    loaded = '';
    webContents = { printToPDF: () => Promise.resolve(new TextEncoder().encode(this.loaded)) };
    constructor(_options: BrowserWindowConstructorOptions) {}
    loadURL = async (url: string) => {
      seen.url = url;
      if (url.startsWith('data:')) {
        if (url.length > 2 * 1024 * 1024) throw new Error('ERR_INVALID_URL');
        this.loaded = decodeURIComponent(url.slice(url.indexOf(',') + 1));
        return;
      }
      const response = await serve(new Request(url));
      if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND ${response.status}`);
      seen.policy = response.headers.get('Content-Security-Policy');
      this.loaded = await response.text();
    };
    destroy = () => void (seen.destroyed = true);
  };
}

describe('printing an export to PDF in the desktop app', () => {
  // A session's printable HTML well past Chromium's data: URL cap.
  const html = `<!doctype html><html><head><style>p{margin:0}</style></head><body>${'<p>坚持思想政治引领，立根塑魂。联合宣传文旅局开展主题活动。</p>'.repeat(120_000)}</body></html>`;

  it('loads HTML over 5 MB from the app protocol, not a data: URL, and forgets it once printed', async () => {
    expect(new TextEncoder().encode(html).length).toBeGreaterThan(5 * 1024 * 1024);
    const pages = createPrintPages();
    const serve = appProtocol(pages);
    const seen: { url?: string; policy?: string | null; destroyed?: boolean } = {};
    const print = electronPdfPrinter(fakeWindow(serve, seen) as never, pages);

    const bytes = await print(html, a4, {});
    expect(new TextDecoder().decode(bytes)).toBe(html);
    expect(seen.url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/u);
    expect(seen.policy).toBe(printPagePolicy);
    expect(seen.destroyed).toBe(true);
    expect((await serve(new Request(seen.url!))).status).toBe(404);
  });

  it('forgets the page when printing fails too', async () => {
    const pages = createPrintPages();
    const serve = appProtocol(pages);
    const seen: { url?: string } = {};
    const Failing = class extends fakeWindow(serve, seen) {
      override webContents = { printToPDF: () => Promise.reject(new Error('printing failed')) };
    };
    await expect(electronPdfPrinter(Failing as never, pages)(html, a4, {})).rejects.toThrow('printing failed');
    expect((await serve(new Request(seen.url!))).status).toBe(404);
  });

  it('serves a page only at its own unguessable address', async () => {
    const pages = createPrintPages();
    const serve = appProtocol(pages);
    const page = pages.add('<p>x</p>');
    expect(await (await serve(new Request(page.url))).text()).toBe('<p>x</p>');
    expect((await serve(new Request('app://print/other.html'))).status).toBe(404);
    expect(pages.add('<p>y</p>').url).not.toBe(page.url);
  });
});
