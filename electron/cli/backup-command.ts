import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { BriefingApi, Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

function oneFile(args: string[], locale: Locale): string {
  if (args.length !== 1 || !args[0]) throw new UsageError(msg('backupOneFile', locale));
  return resolve(args[0]);
}

/** `briefing backup FILE`: a consistent copy through SQLite's backup API (the API's backupLibrary); never overwrites FILE. */
export async function backupCommand(args: string[], api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const file = oneFile(args, locale);
  if (existsSync(file)) throw new UsageError(msg('backupExists', locale, { file }));
  const { data } = await api.backupLibrary({});
  // `wx`: a file that appeared meanwhile is still never overwritten.
  writeFileSync(file, Buffer.from(data, 'base64'), { flag: 'wx' });
  out(msg('backedUp', locale, { file }));
  return 0;
}

/**
 * `briefing restore FILE`: the API checks FILE before the library is even opened, backs up
 * what it replaces beside the library, then restores through SQLite.
 */
export async function restoreCommand(args: string[], api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const file = oneFile(args, locale);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw ApiError.of('backup_invalid', { file, reason: say('backup', 'missing') });
  }
  const { safetyBackup } = await api.restoreLibrary({ fileName: basename(file), data: bytes.toString('base64') });
  out(msg('restored', locale, { file, safety: safetyBackup }));
  return 0;
}
