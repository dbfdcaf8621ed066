import type { Database } from 'better-sqlite3';

export function readSettings(db: Database): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSettings(db: Database, entries: Record<string, unknown>): void {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(entries)) upsert.run(key, JSON.stringify(value));
  })();
}
