import type * as NodeCrypto from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '@contract/dispatcher.ts';
import { startHost, type Host } from './server.ts';

vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof NodeCrypto>();
  return { ...crypto, timingSafeEqual: vi.fn(crypto.timingSafeEqual) };
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Every reply any test got, for the check that none carries a CORS header. */
const replies: Reply[] = [];

/** A raw request, so the test controls Host and Origin exactly as an attacker could. */
function send(host: Host, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${host.port}`, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          const reply = { status: res.statusCode ?? 0, headers: res.headers, body };
          replies.push(reply);
          resolve(reply);
        });
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
    const json = { ...auth(), 'Content-Type': 'application/json' };
    expect((await send(host, '/api/listDocuments', { headers: auth() })).status).toBe(405);
    const bad = await send(host, '/api/listDocuments', { method: 'POST', headers: json, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_argument');
    const huge = await send(host, '/api/listDocuments', { method: 'POST', headers: json, body: 'x'.repeat(2 << 20) }).catch(() => ({ status: 413 }));
    expect(huge.status).toBe(413);
    // A reviewed draft is as large as the text imported, far beyond the ordinary limit.
    const paragraph = { kind: 'paragraph', text: '产业工人队伍建设改革'.repeat(1_000) };
    const draft = { title: null, preface: null, credits: [], documents: [{ title: '长文', unit: null, speaker: null, blocks: Array(100).fill(paragraph) }] };
    const commit = await send(host, '/api/commitImport', { method: 'POST', headers: json, body: JSON.stringify({ id: 'no-such-job', draft }) });
    expect(Buffer.byteLength(JSON.stringify(draft))).toBeGreaterThan(2 << 20);
    expect(commit.status).toBe(200);
  });
});

/** What a stack trace or a source path looks like in a response body. */
const traceLike = /\bat \S+ \(|\bat (file|node):|[\w-]+\.(ts|mjs|cjs|js):\d+|\/(work|home|tmp|usr)\/|TypeError|ReferenceError/;

/** Whether anything accepts a TCP connection at address:port. */
function reachable(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const outwardAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal && (a.family === 'IPv4' || !a.address.startsWith('fe80')))
  .map((a) => a!.address);

describe('browser host hardening', () => {
  const json = () => ({ ...auth(), 'Content-Type': 'application/json' });

  it('uses a token of at least 128 random bits, compared in constant time', async () => {
    expect(Buffer.from(host.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    vi.mocked(timingSafeEqual).mockClear();
    const wrong = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    expect((await api({ Authorization: `Bearer ${wrong}` })).status).toBe(403);
    expect(timingSafeEqual).toHaveBeenCalled();
  });

  it('takes API calls only as JSON, which another page cannot send without a preflight', async () => {
    dispatch.mockClear();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-seq']) {
      const reply = await send(host, '/api/listDocuments', { method: 'POST', headers: { ...auth(), 'Content-Type': type }, body: '{}' });
      expect(reply.status, type).toBe(415);
      expect(JSON.parse(reply.body).error.code).toBe('invalid_argument');
    }
    expect((await send(host, '/api/listDocuments', { method: 'POST', headers: auth(), body: '{}' })).status).toBe(415);
    expect(dispatch).not.toHaveBeenCalled();
    const ok = await send(host, '/api/listDocuments', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(ok.status).toBe(200);
  });

  it('refuses every other method on the API, and anything but GET for the pages', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const reply = await send(host, '/api/listDocuments', { method, headers: json() });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await send(host, '/index.html', { method, headers: auth() })).status, method).toBe(405);
    }
  });

  it('refuses a CORS preflight from another origin, and null or sibling origins', async () => {
    const preflight = await send(host, '/api/listDocuments', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(403);
    for (const origin of ['null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      expect((await api({ ...auth(), Origin: origin })).status, origin).toBe(403);
    }
  });

  it('refuses a body over the limit without dispatching it', async () => {
    dispatch.mockClear();
    const reply = await send(host, '/api/saveReadingPosition', { method: 'POST', headers: json(), body: `{"x":"${'x'.repeat(1 << 20)}"}` }).catch(
      (err: NodeJS.ErrnoException) => ({ status: err.code }),
    );
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(reply.status);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers an unexpected failure with a generic 500, never the error or its stack', async () => {
    const secret = new Error('boom in /work/secret/db.ts:12:3');
    dispatch.mockRejectedValueOnce(secret);
    const reply = await api(auth());
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body).error.code).toBe('internal');
    expect(reply.body).not.toContain('boom');
    expect(reply.body).not.toMatch(traceLike);
  });

  it('never sent a CORS header in any reply above', () => {
    expect(replies.length).toBeGreaterThan(30);
    for (const reply of replies) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('browser host with the real dispatcher', () => {
  let real: Host;
  beforeAll(async () => {
    // No handlers: every call that passes validation fails inside, as a bug would.
    real = await startHost({ dispatch: createDispatcher({} as never), staticDir });
  });
  afterAll(() => real.close());

  const call = (method: string, body: string) =>
    send(real, `/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${real.token}`, 'Content-Type': 'application/json' }, body });

  it.each([
    ['malformed JSON', 'getDocument', '{"id": 1', 'JSON'],
    ['a wrong type', 'getDocument', '{"id": "seven"}', 'id: must be a number'],
    ['an unknown field', 'getDocument', '{"id": 7, "sql": "DROP TABLE"}', 'unknown fields: sql'],
    ['an over-long string', 'createTag', `{"name": "${'标'.repeat(41)}", "color": "#000000"}`, 'name: at most 40 characters'],
  ])('answers %s with 400 and a message, never a stack trace', async (_what, method, body, en) => {
    const reply = await call(method, body);
    expect(reply.status).toBe(400);
    const { error } = JSON.parse(reply.body) as { error: { code: string; message: { 'zh-CN': string; en: string } } };
    expect(error.code).toBe('invalid_argument');
    expect(error.message.en).toContain(en);
    expect(error.message['zh-CN']).toMatch(/^请求的参数不正确：/);
    expect(reply.body).not.toMatch(traceLike);
  });

  it('answers an unknown method with 404 and a bug inside a method with a generic 500', async () => {
    expect((await call('dropEverything', '{}')).status).toBe(404);
    const reply = await call('listDocuments', '{}');
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body).error.code).toBe('internal');
    expect(reply.body).not.toMatch(traceLike);
  });
});

describe('browser host address', () => {
  it('is bound to 127.0.0.1', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
  });

  it.skipIf(outwardAddresses.length === 0)('cannot be reached on the machine’s other addresses, though a server on all of them can', async () => {
    for (const address of [...outwardAddresses, '::1']) expect(await reachable(address, host.port), address).toBe(false);
    expect(await reachable('127.0.0.1', host.port)).toBe(true);

    const everywhere = createServer();
    await new Promise<void>((resolve) => everywhere.listen(0, '0.0.0.0', resolve));
    try {
      const ipv4 = outwardAddresses.filter((a) => !a.includes(':'));
      for (const address of ipv4) expect(await reachable(address, (everywhere.address() as AddressInfo).port), address).toBe(true);
    } finally {
      await new Promise((resolve) => everywhere.close(resolve));
    }
  });
});
