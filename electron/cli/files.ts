import { readFile, stat } from 'node:fs/promises';
import { renameSync, writeFileSync } from 'node:fs';
import type { Locale } from '@contract/contract.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

/** Writes `out` whole or not at all: beside it first, then renamed over it. */
export function writeWhole(out: string, bytes: Uint8Array | string): void {
  const temporary = `${out}.partial`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, out);
}

/** The file's size, or a one-line usage error naming why it cannot be read. */
export async function sizeOf(file: string, locale: Locale): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return info.size;
  } catch (err) {
    throw new UsageError(msg('cannotRead', locale, { file, why: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
}

/** A file's bytes as the API carries them: base64. */
export async function base64Of(file: string): Promise<string> {
  return (await readFile(file)).toString('base64');
}
