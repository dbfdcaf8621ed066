import type { Database } from 'better-sqlite3';

/**
 * A version per document's blocks, for caches of what is built from them (the service
 * keeps each document's text between annotation writes). TEMP triggers on this
 * connection give a document a fresh random version whenever a row of its blocks is
 * inserted, updated or deleted — by any code path, cascades included. The versions live
 * in a TEMP table, so a rolled-back change rolls its version back too, and a version is
 * never handed out twice: what was built inside a transaction that rolled back never
 * matches again. Other connections' commits (a restore, the CLI) do not fire these
 * triggers; `data_version` tells of them, and the caller then drops everything.
 */

const TRIGGERS = ['block_versions_insert', 'block_versions_update', 'block_versions_delete'] as const;

/** Installs the table and triggers on this connection; outside any transaction, or a rollback would undo it. */
export function watchBlocks(db: Database): void {
  if (db.inTransaction) throw new Error('watchBlocks must run outside a transaction');
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS block_versions (document_id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
    CREATE TEMP TRIGGER IF NOT EXISTS block_versions_insert AFTER INSERT ON main.blocks BEGIN
      INSERT OR REPLACE INTO block_versions (document_id, version) VALUES (new.document_id, random());
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS block_versions_update AFTER UPDATE ON main.blocks BEGIN
      INSERT OR REPLACE INTO block_versions (document_id, version) VALUES (old.document_id, random());
      INSERT OR REPLACE INTO block_versions (document_id, version) VALUES (new.document_id, random());
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS block_versions_delete AFTER DELETE ON main.blocks BEGIN
      INSERT OR REPLACE INTO block_versions (document_id, version) VALUES (old.document_id, random());
    END;
  `);
}

/** Where the connection stands: any change to it means what a cache holds may be stale. */
export interface BlocksState {
  /** False when the triggers are missing (never installed, or dropped with the table by a migration): nothing may be cached. */
  watched: boolean;
  /** Changes when another connection commits to the file. */
  dataVersion: number;
}

export function blocksState(db: Database): BlocksState {
  const triggers = db
    .prepare(`SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND tbl_name = 'blocks' AND name IN (${TRIGGERS.map(() => '?').join(', ')})`)
    .pluck()
    .get(...TRIGGERS) as number;
  return { watched: triggers === TRIGGERS.length, dataVersion: db.pragma('data_version', { simple: true }) as number };
}

/** The document's blocks' version on this connection: null while they have not changed since `watchBlocks`. Only meaningful while watched. */
export function blocksVersion(db: Database, documentId: number): number | null {
  const row = db.prepare('SELECT version FROM temp.block_versions WHERE document_id = ?').pluck().get(documentId) as number | bigint | undefined;
  return row === undefined ? null : Number(row);
}
