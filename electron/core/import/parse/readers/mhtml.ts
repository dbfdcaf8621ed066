import { decodeText } from '../decode.ts';
import { ImportFailure } from '../import-failure.ts';
import type { SourceLine } from '../lines.ts';
import { savedPageToLines } from './web-article.ts';

/** A MIME entity: header fields by lower-case name, and the raw body (one byte per char). */
interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** Splits header from body at the first blank line and unfolds continued header lines (RFC 5322). */
function readPart(raw: string): MimePart {
  const blank = /\r?\n\r?\n/u.exec(raw);
  const head = blank ? raw.slice(0, blank.index) : raw;
  const body = blank ? raw.slice(blank.index + blank[0].length) : '';
  const headers = new Map<string, string>();
  for (const field of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = field.indexOf(':');
    if (colon > 0) headers.set(field.slice(0, colon).trim().toLowerCase(), field.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A parameter of a structured header (`boundary`, `charset`), quoted or not. */
function parameter(header: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu').exec(header);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const mediaType = (part: MimePart): string => (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();

function bodyParts(message: MimePart): MimePart[] {
  const boundary = parameter(message.headers.get('content-type') ?? '', 'boundary');
  if (!boundary) return [message];
  const parts: MimePart[] = [];
  const pieces = message.body.split(`--${boundary}`);
  // Before the first delimiter is the preamble; a piece opening with `--` is past the last.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    parts.push(readPart(piece.replace(/^[ \t]*\r?\n/u, '')));
  }
  return parts;
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/gu, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}/u.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else {
      out.push(text.charCodeAt(i) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function transferDecoded(part: MimePart): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Uint8Array.from(Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64'));
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return Uint8Array.from(part.body, (ch) => ch.charCodeAt(0) & 0xff);
}

/** The part's declared charset when the platform knows it; else the importer's own guess (UTF-8, GB18030). */
function textOf(part: MimePart): string {
  const bytes = transferDecoded(part);
  const charset = parameter(part.headers.get('content-type') ?? '', 'charset');
  if (charset) {
    try {
      return new TextDecoder(charset.toLowerCase(), { fatal: true }).decode(bytes);
    } catch {
      // An unknown label or bytes that are not in it: the guess below decides, or refuses.
    }
  }
  return decodeText(bytes);
}

/**
 * A page saved by a browser as one file (`.mhtml`, multipart/related): the page's
 * HTML part, quoted-printable or base64, in its declared charset, read as any saved
 * web page. Images, styles and frames in the other parts carry no text of the page.
 */
export function mhtmlToLines(bytes: Uint8Array): SourceLine[] {
  const message = readPart(Buffer.from(bytes).toString('latin1'));
  const parts = bodyParts(message);
  const start = message.headers.get('snapshot-content-location');
  const html = parts.filter((p) => mediaType(p) === 'text/html');
  const page = html.find((p) => start !== undefined && p.headers.get('content-location') === start) ?? html[0];
  if (!page) throw new ImportFailure('corrupt', 'no text/html part');
  return savedPageToLines(textOf(page));
}
