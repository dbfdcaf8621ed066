import { existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate, schemaVersion } from './migrate.ts';
import { latestVersion, migrations } from './migrations/index.ts';

/** Why a file cannot be restored from; the library is never touched when one is thrown. */
export type LibraryFileProblem = 'missing' | 'not_sqlite' | 'not_library' | 'corrupt' | 'too_new';

export class LibraryFileError extends Error {
  constructor(
    readonly problem: LibraryFileProblem,
    readonly path: string,
    detail = '',
  ) {
    super(`${path} cannot be used as a library (${problem})${detail ? `: ${detail}` : ''}`);
    this.name = 'LibraryFileError';
  }
}

/** Tables every version of the schema has had since migration 001. */
const coreTables = ['briefings', 'briefing_sources', 'documents', 'blocks', 'settings'];

/** A file-name-safe UTC stamp, e.g. 20261125T020229Z (no colons, for Windows). */
export function backupStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * A finished backup is a plain rollback-journal file: it opens read-only without
 * a -wal/-shm beside it, and copying it anywhere copies all of it.
 */
function finishBackupFile(partial: string, destination: string, nativeBinding?: string): void {
  const out = new BetterSqlite3(partial, nativeBinding ? { nativeBinding } : {});
  try {
    out.pragma('journal_mode = DELETE');
  } finally {
    out.close();
  }
  renameSync(partial, destination);
}

function removePartial(partial: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
}

/**
 * Writes a consistent copy of the open library to `destination` through SQLite's
 * online backup API (never a file copy: a copy of a live WAL database can miss
 * committed pages). It is written to `destination.partial` and renamed at the end,
 * so a half-written backup never looks complete.
 */
export async function backupLibrary(db: Database, destination: string, options: { nativeBinding?: string } = {}): Promise<void> {
  const partial = `${destination}.partial`;
  removePartial(partial);
  try {
    await db.backup(partial, { progress: () => 0x7fffffff });
    finishBackupFile(partial, destination, options.nativeBinding);
  } catch (err) {
    removePartial(partial);
    throw err;
  }
}

/**
 * The same, synchronously, with `VACUUM INTO`: used before a migration, inside the
 * synchronous `openLibrary`. It is not a raw file copy either: SQLite writes the
 * file from one read transaction, so it is a consistent snapshot of the database.
 */
export function backupLibrarySync(db: Database, destination: string, options: { nativeBinding?: string } = {}): void {
  const partial = `${destination}.partial`;
  removePartial(partial);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    finishBackupFile(partial, destination, options.nativeBinding);
  } catch (err) {
    removePartial(partial);
    throw err;
  }
}

/**
 * Opens a candidate read-only and checks it is a Briefing Reader library this app
 * can open: our tables, `integrity_check` = ok, and a schema no newer than ours.
 * Resolves to its schema version; throws a LibraryFileError saying why not.
 */
export function checkLibraryFile(path: string, options: { nativeBinding?: string } = {}): { version: number } {
  if (!existsSync(path)) throw new LibraryFileError('missing', path);
  let db: Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (err) {
    throw new LibraryFileError('not_sqlite', path, (err as Error).message);
  }
  try {
    let version: number;
    let tables: string[];
    try {
      version = schemaVersion(db);
      tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new LibraryFileError(code === 'SQLITE_CORRUPT' ? 'corrupt' : 'not_sqlite', path, (err as Error).message);
    }
    if (version > latestVersion) throw new LibraryFileError('too_new', path, `schema ${version} > ${latestVersion}`);
    if (version < 1 || !coreTables.every((t) => tables.includes(t))) throw new LibraryFileError('not_library', path);
    let problems: string[];
    try {
      problems = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    } catch (err) {
      throw new LibraryFileError('corrupt', path, (err as Error).message);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') throw new LibraryFileError('corrupt', path, problems.slice(0, 3).join('; '));
    return { version };
  } finally {
    db.close();
  }
}

/**
 * Migrates an open library, first backing up an existing one that holds data to
 * `<library>.v<old>-<stamp>.bak`, so a migration that goes wrong loses nothing.
 * Resolves to the backup's path, or null when none was needed.
 */
export function migrateWithBackup(db: Database, path: string, options: { nativeBinding?: string } = {}): string | null {
  const from = schemaVersion(db);
  let backup: string | null = null;
  if (path !== ':memory:' && path !== '' && from > 0 && from < latestVersion) {
    backup = `${path}.v${from}-${backupStamp()}.bak`;
    backupLibrarySync(db, backup, options);
  }
  migrate(db, migrations);
  return backup;
}

/**
 * Replaces the content of the open library at `path` with the library in `source`,
 * through SQLite's backup API into the live database (its WAL included, so no stale
 * -wal/-shm state is left), then brings it up to date. The caller has checked the
 * source with checkLibraryFile and taken a safety backup of what it replaces.
 * `db` stays open and usable: its next statement sees the restored content.
 */
export async function restoreLibraryFrom(db: Database, path: string, source: string, options: { nativeBinding?: string } = {}): Promise<void> {
  const src = new BetterSqlite3(source, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    await src.backup(path, { progress: () => 0x7fffffff });
  } finally {
    src.close();
  }
  migrateWithBackup(db, path, options);
}
