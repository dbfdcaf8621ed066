import { ImportFailure } from './import-failure.ts';

/** Above this share of control characters the bytes are not a text anyone typed. */
const MAX_CONTROL_RATIO = 0.01;
/** Tab, line feed, vertical tab, form feed and carriage return are layout; the other C0/C1 controls are not text. */
function isStrayControl(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

function decodeByBomOrGuess(bytes: Uint8Array): string {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return decodeOrRefuse('utf-8', bytes.subarray(3));
  if (hasBom(bytes, 0xff, 0xfe)) return decodeOrRefuse('utf-16le', bytes.subarray(2));
  if (hasBom(bytes, 0xfe, 0xff)) return decodeOrRefuse('utf-16be', bytes.subarray(2));
  // Without a BOM a NUL byte means UTF-16 or binary; neither is a text file we can read.
  if (bytes.includes(0)) throw new ImportFailure('binary', 'NUL byte');
  const text = decodeStrict('utf-8', bytes) ?? decodeStrict('gb18030', bytes);
  if (text === null) throw new ImportFailure('binary', 'neither UTF-8 nor GB18030');
  return text;
}

function decodeOrRefuse(label: string, bytes: Uint8Array): string {
  const text = decodeStrict(label, bytes);
  if (text === null) throw new ImportFailure('binary', `invalid ${label}`);
  return text;
}

/**
 * Decodes a text file the way Chinese office files come: UTF-8 with or without
 * BOM, UTF-16 with BOM, else GB18030 (which covers GBK and GB2312). Refuses
 * bytes that are not text rather than guessing.
 */
export function decodeText(bytes: Uint8Array): string {
  const text = decodeByBomOrGuess(bytes);
  if (text.includes('\u0000')) throw new ImportFailure('binary', 'NUL character');
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isStrayControl(text.charCodeAt(i))) controls++;
  if (controls === 0) return text;
  if (controls / text.length > MAX_CONTROL_RATIO) throw new ImportFailure('binary', `${controls} control characters`);
  let kept = '';
  for (let i = 0; i < text.length; i++) if (!isStrayControl(text.charCodeAt(i))) kept += text[i];
  return kept;
}
