import type { Database } from 'better-sqlite3';

/** Keeps `report` (JSON) as the briefing's last re-anchoring report, replacing the one before. */
export function saveReanchorReport(db: Database, briefingId: number, at: string, report: string): void {
  db.prepare(
    `INSERT INTO reanchor_reports (briefing_id, at, report) VALUES (?, ?, ?)
     ON CONFLICT (briefing_id) DO UPDATE SET at = excluded.at, report = excluded.report`,
  ).run(briefingId, at, report);
}

export function reanchorReport(db: Database, briefingId: number): string | undefined {
  return db.prepare('SELECT report FROM reanchor_reports WHERE briefing_id = ?').pluck().get(briefingId) as string | undefined;
}
