/** The renderer is served from this privileged custom scheme, never from file://. */
export const appScheme = 'app';
export const appHost = 'renderer';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
/** Exports being printed to PDF are served from memory under this host (print-pages.ts). */
export const printHost = 'print';
export const printOrigin = `${appScheme}://${printHost}`;

/** True only for a URL of the app's own renderer origin. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === appHost;
  } catch {
    return false;
  }
}

/** True only for a page the PDF printer serves from memory. */
export function isPrintUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === printHost;
  } catch {
    return false;
  }
}
