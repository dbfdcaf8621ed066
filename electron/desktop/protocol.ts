import type { Protocol } from 'electron';
import { readStatic } from '@web/static-files.ts';
import { contentSecurityPolicy, printPagePolicy } from '@web/csp.ts';
import { appHost, appScheme, printHost } from './app-origin.ts';
import type { PrintPages } from './print-pages.ts';

/** Must run before `app.ready`: makes `app://` a secure, standard origin the renderer can live in. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
};

/**
 * Serves the built renderer from disk under `app://renderer/`, with the CSP on every response,
 * and the pages being printed to PDF from memory under `app://print/`.
 */
export function serveRenderer(protocol: Protocol, rendererDir: string, printPages: PrintPages): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host === printHost) return printPage(printPages, url.pathname);
    const file = url.host === appHost ? await readStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

function printPage(pages: PrintPages, pathname: string): Response {
  const html = pages.get(pathname);
  if (html === null) return new Response('Not found', { status: 404 });
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': printPagePolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
