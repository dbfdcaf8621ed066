import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../import-failure.ts';
import { checkZip, type ZipLimits } from './zip-guard.ts';

interface TestEntry {
  name: string;
  data: Uint8Array;
  stored?: boolean;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
  encrypted?: boolean;
}

/** A minimal zip writer, enough to build the archives the guard must judge. */
function zip(entries: TestEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.stored ? Buffer.from(e.data) : deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.byteLength;
    const flags = e.encrypted ? 1 : 0;
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + body.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const LIMITS: ZipLimits = { maxTotalBytes: 1024 * 1024, maxEntries: 10 };
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

function reasonOf(bytes: Uint8Array): string | null {
  try {
    checkZip(bytes, LIMITS);
    return null;
  } catch (error) {
    return error instanceof ImportFailure ? error.reason : 'other';
  }
}

describe('checkZip', () => {
  it('accepts an ordinary archive, deflated or stored', () => {
    expect(reasonOf(zip([{ name: 'word/document.xml', data: text('<w:document/>') }, { name: 'a.txt', data: text('x'), stored: true }]))).toBeNull();
  });

  it('refuses an archive whose declared sizes add up beyond the limit', () => {
    const zeros = new Uint8Array(LIMITS.maxTotalBytes + 1);
    expect(reasonOf(zip([{ name: 'bomb.xml', data: zeros }]))).toBe('too-large');
  });

  it('refuses an entry that inflates to more than it declares', () => {
    const zeros = new Uint8Array(512 * 1024);
    expect(reasonOf(zip([{ name: 'liar.xml', data: zeros, declaredSize: 1000 }]))).toBe('too-large');
  });

  it('refuses too many entries, encrypted entries and broken archives', () => {
    const many = Array.from({ length: LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}`, data: text('x') }));
    expect(reasonOf(zip(many))).toBe('too-large');
    expect(reasonOf(zip([{ name: 'secret.xml', data: text('x'), encrypted: true }]))).toBe('encrypted');
    const good = zip([{ name: 'word/document.xml', data: text('<w:document>正文</w:document>') }]);
    expect(reasonOf(good.subarray(0, good.byteLength - 30))).toBe('corrupt');
    expect(reasonOf(text('PK\u0003\u0004 not really a zip'))).toBe('corrupt');
  });
});
