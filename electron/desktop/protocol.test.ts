import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@web/csp.ts';
import { createPrintPages } from './print-pages.ts';
import { appSchemePrivileges, serveRenderer } from './protocol.ts';

type Handler = (request: Request) => Promise<Response>;

const root = mkdtempSync(join(tmpdir(), 'briefing-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>研读</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'do not serve');

function handler(): Handler {
  let registered: Handler | undefined;
  serveRenderer({ handle: (scheme: string, h: Handler) => scheme === 'app' && (registered = h) } as never, rendererDir, createPrintPages());
  return registered!;
}

describe('the app:// protocol', () => {
  const serve = handler();

  it('serves the renderer with the CSP and nosniff on every response', async () => {
    for (const url of ['app://renderer/index.html', 'app://renderer/assets/app.js', 'app://renderer/doc/7']) {
      const response = await serve(new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    expect(await (await serve(new Request('app://renderer/assets/app.js'))).text()).toBe('console.log(1)');
  });

  it('serves nothing for another host and nothing outside the renderer folder', async () => {
    expect((await serve(new Request('app://evil/index.html'))).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      expect(await (await serve(new Request(`app://renderer${path}`))).text()).not.toContain('do not serve');
    }
  });

  it('is a secure standard scheme that other origins cannot fetch from', () => {
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true, corsEnabled: false });
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
  });
});
