import type * as Playwright from 'playwright-core';
import { findChromium } from './chromium.ts';
import { ExportFailure } from './errors.ts';
import { renderHtml } from './html.ts';
import type { ExportTemplate } from './layout.ts';
import type { ExportModel } from './model.ts';
import { pdfPrintOptions, toPlaywrightPdfOptions, type PdfPrintOptions } from './pdf-options.ts';
import type { RenderOptions } from './progress.ts';
import { WarmBrowser } from './warm-browser.ts';

/**
 * Prints the HTML to PDF bytes. The desktop app passes one built on Electron's
 * `webContents.printToPDF` (with `toElectronPrintToPdfOptions`); everywhere else,
 * {@link chromiumPrinter}.
 */
export type PdfPrinter = (html: string, options: PdfPrintOptions, control: { signal?: AbortSignal }) => Promise<Uint8Array>;

/** Off the network, with nothing of the user's profile: the browser only lays out a page. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
];

/**
 * Playwright is loaded when a PDF is first asked for, so that the desktop app (which
 * prints with Electron) and Word/Markdown exports never need it.
 */
async function loadPlaywright(): Promise<typeof Playwright> {
  try {
    return await import('playwright-core');
  } catch (err) {
    throw new ExportFailure('no-chromium', 'playwright-core is not installed', { cause: err });
  }
}

type Browser = Playwright.Browser;

async function launchChromium(executablePath: string | undefined, onDisconnected?: () => void): Promise<Browser> {
  const path = executablePath ?? findChromium();
  const { chromium } = await loadPlaywright();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (err) {
    throw new ExportFailure('pdf-failed', `cannot start ${path}`, { cause: err });
  }
  if (onDisconnected) browser.on('disconnected', onDisconnected);
  return browser;
}

/**
 * Settles with `work`, or with the abort as soon as the signal fires: Playwright calls on a
 * context closed under them do not always settle (`route`, `newPage`), so cancelling does
 * not wait for them.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

async function printPage(context: Playwright.BrowserContext, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  return new Uint8Array(await page.pdf(toPlaywrightPdfOptions(options)));
}

/**
 * One print in a context of its own (script disabled, offline), closed afterwards. Cancelling
 * answers at once and closes the context behind it, which stops Chromium's work on it.
 */
async function printIn(browser: Browser, html: string, options: PdfPrintOptions, signal: AbortSignal | undefined): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const context = browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    return await untilAborted(
      context.then((c) => printPage(c, html, options)),
      signal,
    );
  } catch (err) {
    signal?.throwIfAborted();
    throw new ExportFailure('pdf-failed', err instanceof Error ? err.message : String(err), { cause: err });
  } finally {
    // A context of a browser that crashed is gone already; the print's own error says more.
    const closing = context.then((c) => c.close()).catch(() => undefined);
    if (!signal?.aborted) await closing;
  }
}

/** Prints with a Chromium found on the machine (see chromium.ts), started for this print and closed after it. */
export function chromiumPrinter(executablePath?: string): PdfPrinter {
  return async (html, options, { signal }) => {
    signal?.throwIfAborted();
    const browser = await launchChromium(executablePath);
    try {
      return await printIn(browser, html, options, signal);
    } finally {
      await browser.close();
    }
  };
}

/** A Chromium found on the machine, kept running between prints (see {@link WarmBrowser}). */
export function warmChromium(options: { idleMs: number; executablePath?: string }): WarmBrowser<Browser> {
  return new WarmBrowser({ idleMs: options.idleMs, launch: (onDisconnected) => launchChromium(options.executablePath, onDisconnected) });
}

/** Prints with the warm Chromium: what a long-running host (`briefing serve`) uses. */
export function warmChromiumPrinter(browser: WarmBrowser<Browser>): PdfPrinter {
  return (html, options, { signal }) => {
    signal?.throwIfAborted();
    return browser.use((b) => printIn(b, html, options, signal));
  };
}

export interface PdfOptions extends RenderOptions {
  template: ExportTemplate;
  printer?: PdfPrinter;
}

/** The printable HTML, printed; progress counts the HTML's items and then the printing. */
export async function renderPdf(model: ExportModel, options: PdfOptions): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  let steps = 0;
  const html = await renderHtml(model, {
    template: options.template,
    ...(signal ? { signal } : {}),
    onProgress: (done, total) => {
      steps = total + 1;
      onProgress?.(done, steps);
    },
  });
  const printer = options.printer ?? chromiumPrinter();
  const bytes = await printer(html, pdfPrintOptions(model, options.template), signal ? { signal } : {});
  signal?.throwIfAborted();
  onProgress?.(steps, steps);
  return bytes;
}
