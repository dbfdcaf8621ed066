import { inflateRawSync } from 'node:zlib';
import { maxDocxEntries, maxDocxExpandedBytes } from '@contract/rules/limits.ts';
import { ImportFailure } from '../import-failure.ts';

export interface ZipLimits {
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = { maxTotalBytes: maxDocxExpandedBytes, maxEntries: maxDocxEntries };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ImportFailure('corrupt', 'no zip end record');
}

function readEntries(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count > limits.maxEntries) throw new ImportFailure('too-large', `${count} zip entries`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) {
      throw new ImportFailure('corrupt', 'bad zip central directory');
    }
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressed === ZIP64_MARK || entry.uncompressed === ZIP64_MARK || entry.localOffset === ZIP64_MARK) {
      throw new ImportFailure('too-large', 'zip64 entry');
    }
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates one entry with the output capped at its declared size, so a lying size cannot expand further. */
function verifyEntry(bytes: Uint8Array, entry: Entry): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) {
    throw new ImportFailure('corrupt', `bad local header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.byteLength !== entry.compressed) throw new ImportFailure('corrupt', `truncated ${entry.name}`);
  if (entry.method === 0) {
    if (entry.compressed !== entry.uncompressed) throw new ImportFailure('corrupt', `bad stored size for ${entry.name}`);
    return;
  }
  if (entry.method !== 8) throw new ImportFailure('unsupported-format', `zip method ${entry.method}`);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressed, 1) });
  } catch (error) {
    const tooBig = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
    throw new ImportFailure(tooBig ? 'too-large' : 'corrupt', `${entry.name} does not inflate to its declared size`, { cause: error });
  }
  if (inflated.byteLength !== entry.uncompressed) throw new ImportFailure('corrupt', `${entry.name} size mismatch`);
}

/**
 * Checks a zip before a library unpacks it: the declared sizes in the central
 * directory must stay within the limits, and every entry must really inflate to
 * no more than it declares. Encrypted entries are refused.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const entries = readEntries(bytes, limits);
  let total = 0;
  for (const entry of entries) {
    if ((entry.flags & 0x1) !== 0) throw new ImportFailure('encrypted', `${entry.name} is encrypted`);
    total += entry.uncompressed;
    if (total > limits.maxTotalBytes) throw new ImportFailure('too-large', `zip expands beyond ${limits.maxTotalBytes} bytes`);
  }
  for (const entry of entries) verifyEntry(bytes, entry);
}
