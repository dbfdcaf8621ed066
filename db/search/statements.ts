import type { Database, Statement } from 'better-sqlite3';

const byDatabase = new WeakMap<Database, Map<string, Statement>>();

/**
 * A prepared statement kept for the connection's lifetime: searching runs a handful of
 * statements per keystroke, and preparing them each time would cost more than running them.
 */
export function cachedStatement(db: Database, sql: string): Statement {
  let statements = byDatabase.get(db);
  if (!statements) {
    statements = new Map();
    byDatabase.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
