import type { Protocol } from 'electron';
import { readStatic } from '@web/static-files.ts';
import { contentSecurityPolicy } from '@web/csp.ts';
import { appHost, appScheme } from './app-origin.ts';

/** Must run before `app.ready`: makes `app://` a secure, standard origin the renderer can live in. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
};

/** Serves the built renderer from disk under `app://renderer/`, with the CSP on every response. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
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
