import type { BrowserWindow as BrowserWindowClass } from 'electron';
import { toElectronPrintToPdfOptions, type PdfPrinter } from '@core/export/index.ts';
import type { PrintPages } from './print-pages.ts';

/**
 * The desktop app prints exports with its own Chromium: a hidden window with
 * JavaScript off loads the printable HTML (self-contained, so the session's block
 * on remote requests costs nothing) from `pages`, whatever its size, and `printToPDF`
 * embeds its fonts. The page is forgotten once printed.
 */
export function electronPdfPrinter(BrowserWindow: typeof BrowserWindowClass, pages: PrintPages): PdfPrinter {
  return async (html, options, { signal }) => {
    signal?.throwIfAborted();
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    const page = pages.add(html);
    try {
      await win.loadURL(page.url);
      signal?.throwIfAborted();
      return new Uint8Array(await win.webContents.printToPDF(toElectronPrintToPdfOptions(options)));
    } finally {
      page.remove();
      win.destroy();
    }
  };
}
