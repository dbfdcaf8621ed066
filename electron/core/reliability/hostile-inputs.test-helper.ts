import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zip, type TestEntry } from '../import/parse/readers/zip.test-helper.ts';
import type { Prng } from './prng.test-helper.ts';

/** The formats the importer reads, each fuzzed from its own fixtures. */
export const fuzzFormats = ['txt', 'md', 'html', 'docx', 'pdf', 'mhtml'] as const;
export type FuzzFormat = (typeof fuzzFormats)[number];

export interface HostileInput {
  /** What kind of damage, for the failure message. */
  label: string;
  name: string;
  bytes: Uint8Array;
}

const fixtures = join(import.meta.dirname, '..', 'import', 'parse', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

const sampleText = readFileSync(join(fixtures, 'sample-briefing.txt'), 'utf8');
const sampleHtml = () =>
  `<!doctype html><html><head><title>t</title><style>p{}</style></head><body><h1>交流材料</h1>${sampleText.split('\n').map((l) => `<p>${l}</p>`).join('\n')}</body></html>`;

/** A page as a browser saves it whole: multipart/related, the HTML part base64 after a quoted-printable stylesheet. */
function savedPage(html: string): Uint8Array {
  const b = '----MultipartBoundary--fuzz----';
  const rows = [
    'From: <Saved by Blink>', 'Snapshot-Content-Location: https://example.cn/p.html', 'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${b}"`, '',
    `--${b}`, 'Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', '', 'p { color: red; }',
    `--${b}`, 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', 'Content-Location: https://example.cn/p.html', '',
    ...(Buffer.from(html, 'utf8').toString('base64').match(/.{1,76}/gu) ?? []),
    `--${b}--`, '',
  ];
  return utf8(rows.join('\r\n'));
}

const bases: Record<FuzzFormat, () => Uint8Array[]> = {
  txt: () => [fixture('sample-briefing.txt'), fixture('sample-briefing.gb18030.txt'), fixture('utf16le-bom.txt')],
  md: () => [utf8(`# 交流材料\n\n${sampleText.replaceAll(/^(一、.*)$/gmu, '## $1')}\n\n> 引文 **加粗** [链接](javascript:alert(1))\n\n\`\`\`\n代码\n\`\`\`\n`)],
  html: () => [utf8(sampleHtml())],
  mhtml: () => [savedPage(sampleHtml())],
  docx: () => [fixture('sample-briefing.docx')],
  pdf: () => [fixture('sample-briefing.pdf'), fixture('encrypted-password-secret.pdf')],
};
const cachedBases = new Map<FuzzFormat, Uint8Array[]>();
function baseOf(format: FuzzFormat, rng: Prng): Uint8Array {
  if (!cachedBases.has(format)) cachedBases.set(format, bases[format]());
  return rng.pick(cachedBases.get(format)!);
}

/** Byte sequences that break decoders: invalid UTF-8, bad GB18030, encoded surrogates, NULs, controls, BOMs. */
const HOSTILE_BYTES: readonly number[][] = [
  [0x00], [0x00, 0x00, 0x00, 0x00], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xbf], [0xfe], [0xff], [0xe4, 0xb8], [0x81, 0x30], [0x81, 0xff], [0x84, 0x31, 0xa5],
  [0xfe, 0x39, 0xfe, 0x39], [0xa1], [0x01, 0x02, 0x1b, 0x7f], [0xc2, 0x85], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff],
  [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xae],
];
/** Text that is hostile after decoding: references to NUL, controls and surrogates, markup. */
const HOSTILE_TEXT: readonly string[] = [
  '&#0;', '&#x0;', '&#1;', '&#x1b;', '&#x7f;', '&#x85;', '&#xD800;', '&#xDFFF;', '&#1114112;', '&#99999999;', '\u0000', '\u0007',
  '\ud800', '\udfff', '\ud83d', '<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', '<!--', '<![CDATA[', '<',
  '<svg onload=alert(1)>', '<iframe src="javascript:alert(1)">', '"\'><', '&', '&lt;script&gt;', '\u202e', '\ufeff', '\u2028',
];

function randomBytes(rng: Prng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(0, 255);
  return out;
}

function bitFlip(rng: Prng, base: Uint8Array): Uint8Array {
  const out = base.slice();
  const flips = rng.int(1, 24);
  for (let k = 0; k < flips; k++) {
    const at = rng.int(0, out.length - 1);
    out[at] = out[at]! ^ (1 << rng.int(0, 7));
  }
  return out;
}

function splice(rng: Prng, base: Uint8Array, pieces: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  const cuts = Array.from({ length: rng.int(1, 12) }, () => rng.int(0, base.length)).sort((a, b) => a - b);
  for (const cut of cuts) {
    parts.push(base.subarray(from, cut), rng.pick(pieces));
    from = cut;
  }
  parts.push(base.subarray(from));
  return new Uint8Array(Buffer.concat(parts));
}

const hostilePieces = [...HOSTILE_BYTES.map((b) => new Uint8Array(b)), ...HOSTILE_TEXT.map((t) => new Uint8Array(Buffer.from(t, 'utf8')))];

/** A line of megabytes, Chinese or Latin, with no break a splitter could use. */
function megabyteLine(rng: Prng): string {
  const unit = rng.pick(['产业工人队伍建设改革', 'a', '，', ' ', 'word ', '一、', '&amp;', '*', '#']);
  return unit.repeat(Math.ceil((rng.int(1, 4) * 1024 * 1024) / unit.length));
}

function deeplyNested(rng: Prng, format: FuzzFormat): string {
  const depth = 100_000;
  if (format === 'md') return `${'> '.repeat(depth)}引文\n\n${'- '.repeat(depth)}列表\n\n${'<div>'.repeat(depth)}正文`;
  const tag = rng.pick(['div', 'span', 'p', 'pre', 'h2', 'table', 'b']);
  return `<html><body>${`<${tag}>`.repeat(depth)}深层正文${rng.next() < 0.5 ? `</${tag}>`.repeat(depth) : ''}</body></html>`;
}

/** Tag soup from the pieces HTML parsers trip over. */
function tagSoup(rng: Prng): string {
  const tokens = ['<div>', '</div>', '<p>', '<pre>', '</pre>', '<h1>', '</h1>', '<script>', '</script>', '<style>', '<!--', '-->', '<!', '<?', '<', '>', '"', "'", '&', '&#', '&#x', ';', '\n', '\r', '一、', '正文', ' ', '<a href="javascript:x">', ...HOSTILE_TEXT];
  return Array.from({ length: rng.int(1, 400) }, () => rng.pick(tokens)).join('');
}

/** The entries of a zip (enough of a reader to rebuild the fixture with a different document.xml). */
function unzip(bytes: Uint8Array): TestEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const entries: TestEntry[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + view.getUint32(at + 20, true));
    entries.push({ name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'), data: view.getUint16(at + 10, true) === 8 ? inflateRawSync(raw) : raw });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const docxEntries = () => unzip(fixture('sample-briefing.docx'));

/** The fixture with word/document.xml replaced, and extra relationships (hyperlink targets) when given. */
export function docxWith(documentXml: string | Uint8Array, relationships = ''): Uint8Array {
  const xml = typeof documentXml === 'string' ? utf8(documentXml) : documentXml;
  return zip(
    docxEntries().map((e) => {
      if (e.name === 'word/document.xml') return { name: e.name, data: xml };
      if (e.name === 'word/_rels/document.xml.rels' && relationships !== '') {
        return { name: e.name, data: utf8(Buffer.from(e.data).toString('utf8').replace('</Relationships>', `${relationships}</Relationships>`)) };
      }
      return e;
    }),
  );
}

/** A Word body of the given paragraphs' inner XML. */
export function wordXml(paragraphs: readonly string[]): string {
  const p = paragraphs.map((inner) => `<w:p>${inner}</w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${p}</w:body></w:document>`;
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A deflate stream of `gigabytes` GiB of zeros, made without deflating them: one MiB of
 * zeros flushed to a byte boundary is repeated, then a final empty block ends the stream.
 */
let bombChunk: Buffer | null = null;
function zerosDeflated(gigabytes: number): Uint8Array {
  bombChunk ??= deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const end = deflateRawSync(Buffer.alloc(0));
  return new Uint8Array(Buffer.concat([...Array.from({ length: gigabytes * 1024 }, () => bombChunk!), end]));
}

/** Zip bombs: a document.xml that inflates to GiBs, declared honestly or with a lie, and an archive of too many entries. */
function zipBomb(rng: Prng): Uint8Array {
  const kind = rng.int(0, 2);
  const rest = docxEntries().filter((e) => e.name !== 'word/document.xml');
  if (kind === 2) {
    const many = Array.from({ length: 6000 }, (_, i) => ({ name: `word/media/x${i}.xml`, data: new Uint8Array(0) }));
    return zip([...rest, { name: 'word/document.xml', data: utf8(wordXml(['<w:r><w:t>x</w:t></w:r>'])) }, ...many]);
  }
  const gigabytes = rng.int(1, 3);
  const declaredSize = kind === 0 ? Math.min(gigabytes * 1024 ** 3, 0xfffffffe) : rng.int(1, 100_000);
  return zip([...rest, { name: 'word/document.xml', data: new Uint8Array(0), compressed: zerosDeflated(gigabytes), declaredSize }]);
}

function hostileDocx(rng: Prng): { label: string; bytes: Uint8Array } {
  const xml = Buffer.from(docxEntries().find((e) => e.name === 'word/document.xml')!.data);
  switch (rng.int(0, 5)) {
    case 0:
      return { label: 'document.xml bit-flipped', bytes: docxWith(bitFlip(rng, xml)) };
    case 1:
      return { label: 'document.xml truncated', bytes: docxWith(xml.subarray(0, rng.int(0, xml.length))) };
    case 2:
      return { label: 'document.xml spliced', bytes: docxWith(splice(rng, xml, hostilePieces)) };
    case 3: {
      const depth = 100_000;
      return { label: 'document.xml nested 100k deep', bytes: docxWith(wordXml([`${'<w:r>'.repeat(depth)}<w:t>深</w:t>${'</w:r>'.repeat(depth)}`])) };
    }
    case 4: {
      const runs = Array.from({ length: rng.int(1, 20) }, () => `<w:r><w:t xml:space="preserve">${rng.pick(HOSTILE_TEXT.filter((t) => t.startsWith('&#')).concat(escapeXml(rng.pick(HOSTILE_TEXT))))}正文</w:t></w:r>`);
      return { label: 'document.xml with hostile characters', bytes: docxWith(wordXml(runs)) };
    }
    default:
      return { label: 'document.xml with a line of megabytes', bytes: docxWith(wordXml([`<w:r><w:t>${escapeXml(megabyteLine(rng))}</w:t></w:r>`])) };
  }
}

/**
 * The `index`-th hostile input for a format. Roughly: a third damaged copies of the
 * fixtures (truncated, bit-flipped, spliced with hostile bytes), the rest random bytes
 * and the attacks each format invites (zip bombs, deep nesting, megabyte lines).
 */
export function hostileInput(format: FuzzFormat, rng: Prng, index: number): HostileInput {
  const name = `fuzz-${index}.${format}`;
  const base = baseOf(format, rng);
  const text = format === 'txt' || format === 'md' || format === 'html';
  const roll = rng.int(0, 9);
  if (roll === 0) {
    const magic = format === 'pdf' ? utf8('%PDF-1.7\n') : format === 'docx' ? new Uint8Array([0x50, 0x4b, 0x03, 0x04]) : new Uint8Array(0);
    return { label: 'random bytes', name, bytes: new Uint8Array(Buffer.concat([magic, randomBytes(rng, rng.int(0, 8192))])) };
  }
  if (roll === 1) return { label: 'truncated', name, bytes: base.slice(0, rng.int(0, base.length)) };
  if (roll === 2) return { label: 'bit-flipped', name, bytes: bitFlip(rng, base) };
  if (roll === 3) return { label: 'spliced with hostile bytes', name, bytes: splice(rng, base, hostilePieces) };
  if (format === 'docx') {
    if (roll === 4 && rng.next() < 0.3) return { label: 'zip bomb', name, bytes: zipBomb(rng) };
    return { name, ...hostileDocx(rng) };
  }
  if (format === 'pdf') {
    // Damage inside the body, where pdfjs's recovery paths run, rather than at the header.
    const cut = rng.int(1024, base.length);
    return { label: 'body spliced with random bytes', name, bytes: new Uint8Array(Buffer.concat([base.subarray(0, cut), randomBytes(rng, rng.int(1, 4096)), base.subarray(cut + rng.int(0, 4096))])) };
  }
  if (text && roll === 4) return { label: 'line of megabytes', name, bytes: utf8(`标题\n\n${megabyteLine(rng)}\n\n正文。`) };
  if (text && roll === 5 && format !== 'txt') return { label: 'nested 100k deep', name, bytes: utf8(deeplyNested(rng, format)) };
  if (roll === 6) {
    // UTF-16 with lone surrogates: the BOM promises UTF-16, the units break it.
    const units = new Uint16Array(rng.int(1, 2000)).map(() => (rng.next() < 0.1 ? rng.int(0xd800, 0xdfff) : rng.int(0x4e00, 0x9fff)));
    return { label: 'UTF-16 with lone surrogates', name, bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(units.buffer)])) };
  }
  if (roll === 7) return { label: 'GB18030 with invalid sequences', name, bytes: splice(rng, fixture('sample-briefing.gb18030.txt'), HOSTILE_BYTES.map((b) => new Uint8Array(b))) };
  return { label: 'tag soup with hostile text', name, bytes: utf8(tagSoup(rng)) };
}
