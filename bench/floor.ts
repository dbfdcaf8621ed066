/**
 * The floor under import_mb_per_s: the same files' text stored the cheapest way SQLite
 * can, each line a row of a table with no index, all in one transaction, with the
 * library's durability (WAL, synchronous = FULL). Reading the files counts, as it does
 * for the import. Benchmark-only SQL (see entries.ts).
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

export function floorSeconds(dbPath: string, files: readonly string[]): number {
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE lines (id INTEGER PRIMARY KEY, file INTEGER NOT NULL, text TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO lines (file, text) VALUES (?, ?)');
    const started = performance.now();
    db.transaction(() => {
      files.forEach((path, file) => {
        for (const line of readFileSync(path, 'utf8').split('\n')) if (line !== '') insert.run(file, line);
      });
    })();
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}
