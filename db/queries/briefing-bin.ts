import type { Database } from 'better-sqlite3';
import { indexAnnotations } from '../search/annotations.ts';
import { reindexDocument } from '../search/indexer.ts';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/** Renames a briefing in the library; false when there is no such briefing there. */
export function renameBriefing(db: Database, id: number, title: string): boolean {
  return db.prepare(`UPDATE briefings SET title = ?, updated_at = ${NOW} WHERE id = ? AND deleted_at IS NULL`).run(title, id).changes > 0;
}

const documentIds = (db: Database, briefingId: number) =>
  db.prepare('SELECT id FROM documents WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId) as number[];

/**
 * Moves a briefing to the bin: its documents and annotations leave every list with it
 * (the queries look at `deleted_at`) and its entries leave the search index, which keeps
 * no text of the bin. False when it is not in the library.
 */
export function binBriefing(db: Database, id: number): boolean {
  if (db.prepare(`UPDATE briefings SET deleted_at = ${NOW} WHERE id = ? AND deleted_at IS NULL`).run(id).changes === 0) return false;
  db.prepare('DELETE FROM search_entries WHERE document_id IN (SELECT id FROM documents WHERE briefing_id = ?)').run(id);
  return true;
}

/** Brings a briefing back from the bin, indexed again as it is. False when it is not in the bin. */
export function restoreBriefing(db: Database, id: number): boolean {
  if (db.prepare('UPDATE briefings SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes === 0) return false;
  for (const documentId of documentIds(db, id)) {
    reindexDocument(db, documentId);
    indexAnnotations(db, documentId);
  }
  return true;
}

/** Deletes every briefing in the bin for good, with its documents and all their annotations; how many briefings went. */
export function purgeBinnedBriefings(db: Database): number {
  db.prepare('DELETE FROM annotations WHERE document_id IN (SELECT d.id FROM documents d JOIN briefings b ON b.id = d.briefing_id WHERE b.deleted_at IS NOT NULL)').run();
  return db.prepare('DELETE FROM briefings WHERE deleted_at IS NOT NULL').run().changes;
}
