import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.ts';

export class LibraryTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`library schema version ${found} is newer than this app supports (${supported})`);
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses before anything is written, so a newer app's library is never touched. */
export function assertNotTooNew(db: Database, migrations: readonly Migration[]): void {
  const supported = migrations.at(-1)?.version ?? 0;
  const found = schemaVersion(db);
  if (found > supported) throw new LibraryTooNewError(found, supported);
}

/** Applies each pending migration in its own transaction, bumping `user_version` inside it. */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  assertNotTooNew(db, migrations);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      db.exec(m.up);
      m.backfill?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
