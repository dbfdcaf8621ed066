import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Becomes the database's `user_version` once applied. */
  version: number;
  name: string;
  up: string;
  /**
   * Work SQL cannot do, run after `up` in the same transaction: filling a new table
   * from existing rows with code (e.g. tokenizing text for the search index).
   */
  backfill?: (db: Database) => void;
}
