import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../import-failure.ts';
import { checkZip, type ZipLimits } from './zip-guard.ts';
import { zip } from './zip.test-helper.ts';

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
