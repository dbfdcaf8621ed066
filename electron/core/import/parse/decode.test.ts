import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { ImportFailure } from './import-failure.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const SMALL = '标题一行\n\n一、第一部分\n\n正文第一段，含有标点。\n';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ImportFailure ? error.reason : 'other';
  }
  return undefined;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, and drops the BOM', () => {
    expect(decodeText(fixture('utf8-bom.txt'))).toBe(SMALL);
    expect(decodeText(new TextEncoder().encode(SMALL))).toBe(SMALL);
  });

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    expect(decodeText(fixture('utf16le-bom.txt'))).toBe(SMALL);
    const be = new Uint8Array(2 + SMALL.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < SMALL.length; i++) {
      const code = SMALL.charCodeAt(i);
      be[2 + i * 2] = code >> 8;
      be[3 + i * 2] = code & 0xff;
    }
    expect(decodeText(be)).toBe(SMALL);
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const utf8 = readFileSync(new URL('./fixtures/sample-briefing.txt', import.meta.url), 'utf8');
    expect(decodeText(fixture('sample-briefing.gb18030.txt'))).toBe(utf8);
    // 中文 in GBK
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBe('中文');
  });

  it('keeps plain ASCII and layout characters', () => {
    expect(decodeText(new TextEncoder().encode('a\tb\r\nc\f'))).toBe('a\tb\r\nc\f');
  });

  it('refuses NUL bytes, undecodable bytes and control-character noise as binary', () => {
    expect(reasonOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toBe('binary');
    expect(reasonOf(() => decodeText(new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x81])))).toBe('binary');
    const noise = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(reasonOf(() => decodeText(noise))).toBe('binary');
    expect(reasonOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8])))).toBe('binary');
  });

  it('strips a stray control character from an otherwise good text', () => {
    const text = `${'正文'.repeat(100)}\u001a`;
    expect(decodeText(new TextEncoder().encode(text))).toBe('正文'.repeat(100));
  });
});
