import type { Database } from 'better-sqlite3';

export interface PackBriefingRow {
  title: string | null;
  preface: string | null;
  credits: string[];
  sourceName: string;
  sourceSha256: string;
}

/** What a briefing pack says about the briefing itself; undefined when there is no such briefing. */
export function briefingForPack(db: Database, briefingId: number): PackBriefingRow | undefined {
  const row = db
    .prepare('SELECT title, preface, credits, source_name AS sourceName, source_sha256 AS sourceSha256 FROM briefings WHERE id = ?')
    .get(briefingId) as (Omit<PackBriefingRow, 'credits'> & { credits: string }) | undefined;
  if (!row) return undefined;
  const credits = JSON.parse(row.credits) as unknown;
  return { ...row, credits: Array.isArray(credits) ? credits.filter((c): c is string => typeof c === 'string') : [] };
}

/** The keys of the organizer notes a briefing already holds, in the bin or not. */
export function organizerKeysOf(db: Database, briefingId: number): Set<string> {
  const keys = db
    .prepare(
      `SELECT a.origin_key FROM annotations a JOIN documents d ON d.id = a.document_id
        WHERE d.briefing_id = ? AND a.origin_key IS NOT NULL`,
    )
    .pluck()
    .all(briefingId) as string[];
  return new Set(keys);
}
