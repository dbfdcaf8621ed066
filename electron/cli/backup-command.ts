import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
// eslint-disable-next-line layers/layers -- until the CLI goes through the dispatcher (issue 13, point 4)
import { backupLibrary } from '@db/backup.ts';
import type { Locale } from '@contract/contract.ts';
import { checkBackupFile, restoreFromFile } from '@core/backup/backup-service.ts';
import type { LibraryCore } from '@core/compose.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

type Open = () => Promise<LibraryCore>;

function oneFile(args: string[], locale: Locale): string {
  if (args.length !== 1 || !args[0]) throw new UsageError(msg('backupOneFile', locale));
  return resolve(args[0]);
}

/** `briefing backup FILE`: a consistent copy through SQLite's backup API; never overwrites FILE. */
export async function backupCommand(args: string[], open: Open, out: (text: string) => void, locale: Locale): Promise<number> {
  const file = oneFile(args, locale);
  if (existsSync(file)) throw new UsageError(msg('backupExists', locale, { file }));
  const session = await open();
  try {
    await backupLibrary(session.db, file);
  } finally {
    session.close();
  }
  out(msg('backedUp', locale, { file }));
  return 0;
}

/**
 * `briefing restore FILE`: checks FILE before the library is even opened, backs up
 * what it replaces beside the library, then restores through SQLite.
 */
export async function restoreCommand(args: string[], open: Open, out: (text: string) => void, locale: Locale): Promise<number> {
  const file = oneFile(args, locale);
  checkBackupFile(file, file);
  const session = await open();
  try {
    const { safetyBackup } = await restoreFromFile(session.db, session.path, file, file);
    out(msg('restored', locale, { file, safety: safetyBackup }));
  } finally {
    session.close();
  }
  return 0;
}
