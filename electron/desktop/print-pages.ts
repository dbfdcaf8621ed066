import { randomUUID } from 'node:crypto';
import { printOrigin } from './app-origin.ts';

/** One printable page, served at `url` until it is removed. */
export interface PrintPage {
  url: string;
  remove(): void;
}

/**
 * Printable HTML kept in memory for the print window to load from `app://print/<uuid>.html`:
 * a `data:` URL is capped near 2 MB by Chromium, and a large session's export is more.
 */
export interface PrintPages {
  add(html: string): PrintPage;
  /** The HTML at `pathname` (`/<uuid>.html`), or null when there is none (any more). */
  get(pathname: string): string | null;
}

export function createPrintPages(): PrintPages {
  const pages = new Map<string, string>();
  return {
    add(html) {
      const pathname = `/${randomUUID()}.html`;
      pages.set(pathname, html);
      return { url: `${printOrigin}${pathname}`, remove: () => void pages.delete(pathname) };
    },
    get: (pathname) => pages.get(pathname) ?? null,
  };
}
