import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64.ts';

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7919 + (i >> 3) * 31) & 0xff;
  return bytes;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 by the book, three bytes at a time: slow, but plainly right. */
function reference(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out.push(alphabet[(n >> 18) & 63]!, alphabet[(n >> 12) & 63]!, left > 1 ? alphabet[(n >> 6) & 63]! : '=', left > 2 ? alphabet[n & 63]! : '=');
  }
  return out.join('');
}

describe('bytesToBase64', () => {
  it('encodes nothing as the empty string', async () => {
    expect(await bytesToBase64(new Uint8Array())).toBe('');
  });

  it('encodes the RFC 4648 test vectors', async () => {
    const vectors = { f: 'Zg==', fo: 'Zm8=', foo: 'Zm9v', foob: 'Zm9vYg==', fooba: 'Zm9vYmE=', foobar: 'Zm9vYmFy' };
    for (const [text, encoded] of Object.entries(vectors)) expect(await bytesToBase64(new TextEncoder().encode(text))).toBe(encoded);
  });

  it.each([1, 2, 3, 49_151, 49_152, 49_153, 98_305, 1_100_000])('matches the reference for %i bytes, across chunk edges', async (length) => {
    const bytes = randomBytes(length);
    expect(await bytesToBase64(bytes)).toBe(reference(bytes));
  });

  it('pauses about once a megabyte, never before the first chunk', async () => {
    let pauses = 0;
    await bytesToBase64(randomBytes(3 * 1024 * 1024), async () => {
      pauses++;
    });
    // 3 MiB is 64 chunks of 48 KiB: pauses before chunks 21, 42 and 63.
    expect(pauses).toBe(3);
  });
});
