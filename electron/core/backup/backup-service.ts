import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupLibrary, backupStamp, checkLibraryFile, LibraryFileError, restoreLibraryFrom } from '@db/backup.ts';
import type { Database } from '@db/open.ts';
import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';

/**
 * Which better-sqlite3 build opens the extra connections a backup or restore needs: in the
 * desktop app it must be Electron's, the one the library itself was opened with.
 */
export interface BackupOptions {
  nativeBinding?: string;
}

/** Checks a candidate backup file; a problem becomes an ApiError every locale can show. */
export function checkBackupFile(path: string, displayName: string, options: BackupOptions = {}): void {
  try {
    checkLibraryFile(path, options);
  } catch (err) {
    if (err instanceof LibraryFileError) throw ApiError.of('backup_invalid', { file: displayName, reason: say('backup', err.problem) });
    throw err;
  }
}

export const backupFileName = (date = new Date()) => `briefing-library-${backupStamp(date)}.sqlite3`;

/** Where the copy of what a restore replaces is written: beside the library. */
export const safetyBackupPath = (libraryPath: string, date = new Date()) => `${libraryPath}.before-restore-${backupStamp(date)}.bak`;

/**
 * Restores the library at `libraryPath` (open as `db`, which stays open) from the
 * library file `source`: checks it, backs up what it replaces, then swaps the content
 * in through SQLite. Nothing is changed when the check fails.
 */
async function restoreFromFile(
  db: Database,
  libraryPath: string,
  source: string,
  displayName: string,
  options: BackupOptions = {},
): Promise<{ safetyBackup: string }> {
  if (libraryPath === ':memory:') throw ApiError.of('forbidden', { why: 'in-memory library' });
  checkBackupFile(source, displayName, options);
  const safetyBackup = safetyBackupPath(libraryPath);
  await backupLibrary(db, safetyBackup, options);
  await restoreLibraryFrom(db, libraryPath, source, options);
  return { safetyBackup };
}

function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-backup-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** The whole library as one file's bytes, for the app to download. */
export function backupToBytes(db: Database, options: BackupOptions = {}): Promise<{ fileName: string; bytes: Buffer }> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'library.sqlite3');
    await backupLibrary(db, file, options);
    return { fileName: backupFileName(), bytes: readFileSync(file) };
  });
}

/** Restores from uploaded bytes: written to a private temp file, then restored from it. */
export function restoreFromBytes(
  db: Database,
  libraryPath: string,
  fileName: string,
  bytes: Uint8Array,
  options: BackupOptions = {},
): Promise<{ safetyBackup: string }> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'upload.sqlite3');
    writeFileSync(file, bytes);
    return restoreFromFile(db, libraryPath, file, fileName, options);
  });
}

/** Checks uploaded bytes as a backup without touching any library (a restore checks again before it swaps). */
export function checkBackupBytes(fileName: string, bytes: Uint8Array, options: BackupOptions = {}): Promise<void> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'upload.sqlite3');
    writeFileSync(file, bytes);
    checkBackupFile(file, fileName, options);
  });
}
