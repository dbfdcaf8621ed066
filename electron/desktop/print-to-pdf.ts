import type { BrowserWindow as BrowserWindowClass } from 'electron';
import { toElectronPrintToPdfOptions, type PdfPrinter } from '@core/export/index.ts';

/**
 * The desktop app prints exports with its own Chromium: a hidden window with
 * JavaScript off loads the printable HTML (self-contained, so the session's block
 * on remote requests costs nothing) and `printToPDF` embeds its fonts.
 */
export function electronPdfPrinter(BrowserWindow: typeof BrowserWindowClass): PdfPrinter {
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
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      signal?.throwIfAborted();
      return new Uint8Array(await win.webContents.printToPDF(toElectronPrintToPdfOptions(options)));
    } finally {
      win.destroy();
    }
  };
}
