import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrateWithBackup } from './backup.ts';
import { assertNotTooNew } from './migrate.ts';
import { watchBlocks } from './queries/block-versions.ts';
import { migrations } from './migrations/index.ts';

export type { Database };

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string;
}

export interface OpenedLibrary {
  db: Database;
  /** True when the file held no schema yet: the caller seeds it. */
  created: boolean;
}

/**
 * Opens (creating if needed) a library file and brings its schema up to date.
 *
 * WAL lets the reader keep reading while a write commits, and a commit never rewrites
 * the database file in place, so a crash mid-write leaves the last committed state.
 * `synchronous = FULL` because WAL's default NORMAL fsyncs only at checkpoints and can
 * lose the last commits on power loss; with FULL every commit is on disk before the API
 * call returns. The cost is one fsync per commit, which a user's edits never notice;
 * a trainee's notes are worth it. electron/core/reliability/crash-safety.test.ts
 * kills a writer at random moments and checks every reported commit survives.
 */
export function openLibrary(path: string, options: OpenOptions = {}): OpenedLibrary {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    assertNotTooNew(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const created = db.prepare('SELECT count(*) AS n FROM sqlite_schema').pluck().get() === 0;
    // An existing library is backed up before its schema changes (see migrateWithBackup).
    migrateWithBackup(db, path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    watchBlocks(db);
    return { db, created };
  } catch (err) {
    db.close();
    throw err;
  }
}
