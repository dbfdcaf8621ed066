import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '@contract/dispatcher.ts';
import type { ErrorCode } from '@contract/contract.ts';
import { errorPayload } from '@contract/errors.ts';
import { contentSecurityPolicy } from '@web/csp.ts';
import { readStatic } from '@web/static-files.ts';

export interface HostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** For tests; otherwise a fresh random token per launch. */
  token?: string;
}

export interface Host {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';
const cookieName = 'briefing_token';
/** A file to import arrives as base64 inside the request; every other call is small. */
// A file to import arrives as base64 and comes back reviewed as a draft of about the same size.
const bodyLimit = (method: string) =>
  method === 'startImport' || method === 'commitImport' ? 96 << 20 : method === 'restoreLibrary' ? 360 << 20 : 1 << 20;

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Serves the renderer and the API on loopback only. Every request must carry the
 * launch token (the printed URL trades it for a SameSite=Strict cookie) and a Host
 * naming exactly this address, which defeats DNS rebinding; a cross-origin Origin
 * is refused, which defeats other pages in the same browser.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: errorPayload('internal') });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopback, () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address}:${port}`;
  const expectedHost = `${address}:${port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== expectedHost) return refuse(res, 'Host');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return refuse(res, 'Origin');
    const url = new URL(req.url ?? '/', origin);

    const offered = url.searchParams.get('token');
    if (url.pathname === '/' && offered !== null) {
      if (!sameSecret(offered, token)) return refuse(res, 'token');
      res.writeHead(303, {
        ...baseHeaders,
        Location: '/',
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!sameSecret(presentedToken(req) ?? '', token)) return refuse(res, 'token');

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: errorPayload('forbidden', { why: 'method' }) }, { Allow: 'POST' });
      // Only a JSON body: a form or text/plain POST is what another page could send without a preflight.
      if (!isJson(req.headers['content-type'])) {
        return sendJson(res, 415, { ok: false, error: errorPayload('invalid_argument', { what: 'Content-Type: application/json' }) });
      }
      const method = decodeURIComponent(url.pathname.slice(5));
      const body = await readBody(req, bodyLimit(method));
      if (body === null) return sendJson(res, 413, { ok: false, error: errorPayload('invalid_argument', { what: 'body' }) });
      let arg: unknown;
      try {
        arg = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: errorPayload('invalid_argument', { what: 'JSON' }) });
      }
      const envelope = await options.dispatch(method, arg);
      return sendJson(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { ok: false, error: errorPayload('forbidden', { why: 'method' }) }, { Allow: 'GET, HEAD' });
    }
    const file = await readStatic(options.staticDir, url.pathname);
    if (!file) return sendJson(res, 404, { ok: false, error: errorPayload('not_found', { what: url.pathname }) });
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function presentedToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

function sameSecret(offered: string, token: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * A call that was itself unacceptable gets a 4xx, one that failed unexpectedly a 500;
 * a well-formed call the library declines (a tag name taken, a file it cannot read)
 * is an answer like any other, 200 with `ok: false`.
 */
function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'invalid_argument':
      return 400;
    case 'forbidden':
      return 403;
    case 'unknown_method':
      return 404;
    case 'internal':
      return 500;
    default:
      return 200;
  }
}

function refuse(res: ServerResponse, why: string): void {
  sendJson(res, 403, { ok: false, error: errorPayload('forbidden', { why }) });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
