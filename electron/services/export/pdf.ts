import type * as Playwright from 'playwright-core';
import { findChromium } from './chromium.ts';
import { ExportFailure } from './errors.ts';
import { renderHtml } from './html.ts';
import type { ExportTemplate } from './layout.ts';
import type { ExportModel } from './model.ts';
import { pdfPrintOptions, toPlaywrightPdfOptions, type PdfPrintOptions } from './pdf-options.ts';
import type { RenderOptions } from './progress.ts';

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

/** Prints with a Chromium found on the machine (see chromium.ts), script disabled and offline. */
export function chromiumPrinter(executablePath?: string): PdfPrinter {
  return async (html, options, { signal }) => {
    signal?.throwIfAborted();
    const path = executablePath ?? findChromium();
    const { chromium } = await loadPlaywright();
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    try {
      browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    } catch (err) {
      throw new ExportFailure('pdf-failed', `cannot start ${path}`, { cause: err });
    }
    const stop = (): void => void browser.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf(toPlaywrightPdfOptions(options)));
    } catch (err) {
      signal?.throwIfAborted();
      throw new ExportFailure('pdf-failed', err instanceof Error ? err.message : String(err), { cause: err });
    } finally {
      signal?.removeEventListener('abort', stop);
      await browser.close();
    }
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
