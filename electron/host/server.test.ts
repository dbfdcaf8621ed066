import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHost, type Host } from './server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so the test controls Host and Origin exactly as an attacker could. */
function send(host: Host, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

let host: Host;
const dispatch = vi.fn((method: unknown) => Promise.resolve({ ok: true as const, value: { method } }));
const root = mkdtempSync(join(tmpdir(), 'briefing-host-'));
const staticDir = join(root, 'renderer');
mkdirSync(join(staticDir, 'assets'), { recursive: true });
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>研读</title>');
writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'do not serve');

beforeAll(async () => {
  host = await startHost({ dispatch, staticDir });
});
afterAll(() => host.close());

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const api = (headers: Record<string, string>) => send(host, '/api/listDocuments', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

describe('browser host', () => {
  it('listens on 127.0.0.1 only, on a free port, with a fresh long token', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    const other = await startHost({ dispatch, staticDir });
    expect(other.port).not.toBe(host.port);
    expect(other.token).not.toBe(host.token);
    await other.close();
  });

  it('answers the API with the token', async () => {
    const reply = await api(auth());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { method: 'listDocuments' } });
  });

  it('refuses requests without the token or with a wrong one', async () => {
    dispatch.mockClear();
    expect((await api({})).status).toBe(403);
    expect((await api({ Authorization: 'Bearer nope' })).status).toBe(403);
    expect((await api({ Authorization: `Bearer ${host.token}x` })).status).toBe(403);
    expect((await send(host, '/')).status).toBe(403);
    expect((await send(host, '/?token=wrong')).status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a Host that is not the loopback address it serves (DNS rebinding)', async () => {
    for (const h of ['evil.example', `localhost:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      expect((await api({ ...auth(), Host: h })).status).toBe(403);
    }
  });

  it('refuses another Origin even with the token', async () => {
    expect((await api({ ...auth(), Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api({ ...auth(), Origin: `http://localhost:${host.port}` })).status).toBe(403);
    expect((await api({ ...auth(), Origin: host.origin })).status).toBe(200);
  });

  it('trades the printed URL for an HttpOnly SameSite=Strict cookie and drops the token from the address', async () => {
    const reply = await send(host, `/?token=${host.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await send(host, '/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('研读');
  });

  it('serves the renderer with the CSP and never a file outside it', async () => {
    const page = await send(host, '/assets/app.js', { headers: auth() });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/javascript');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      expect((await send(host, path, { headers: auth() })).body).not.toContain('do not serve');
    }
  });

  it('takes API calls by POST only, with a bounded JSON body', async () => {
    expect((await send(host, '/api/listDocuments', { headers: auth() })).status).toBe(405);
    const bad = await send(host, '/api/listDocuments', { method: 'POST', headers: auth(), body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_argument');
    const huge = await send(host, '/api/listDocuments', { method: 'POST', headers: auth(), body: 'x'.repeat(2 << 20) }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
  });
});
