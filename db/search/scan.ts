import type { Database } from 'better-sqlite3';
import { DOCUMENT_SPAN, type KeyRange } from './keys.ts';
import { cachedStatement } from './statements.ts';

export type EntryKind = 'title' | 'heading' | 'paragraph' | 'note' | 'tag';

/** One matching entry. */
export interface Hit {
  key: number;
  documentId: number;
  kind: EntryKind;
}

export interface RankedHit extends Hit {
  /** The document's hits in all. */
  hitCount: number;
}

// JavaScript numbers are bound as REAL, and FTS5 ignores a rowid bound that is not an
// INTEGER (it would scan every match from the start), hence the casts.
const IN_RANGE = 'BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)';

const MATCHES = `
  SELECT rowid AS key FROM search_index
   WHERE search_index MATCH @expression AND rowid ${IN_RANGE}`;

/** How many entries in `range` match, counting no further than `cap` (−1: all). */
export function countHits(db: Database, expression: string, range: KeyRange, cap = -1): number {
  return cachedStatement(db, `SELECT count(*) FROM (${MATCHES} LIMIT @cap)`)
    .pluck()
    .get({ expression, ...range, cap }) as number;
}

/**
 * Each document's number of matches in `range`, keyed by the first key of the
 * document's range: one pass over the stretch instead of a query per document.
 */
export function countHitsByDocument(db: Database, expression: string, range: KeyRange): Map<number, number> {
  const base = Math.floor(range.lo / DOCUMENT_SPAN) * DOCUMENT_SPAN;
  // Offsets from a document boundary below every key are never negative, so truncating floors.
  const rows = cachedStatement(
    db,
    `SELECT CAST((key - @base) / @span AS INTEGER) AS document, count(*) AS hits FROM (${MATCHES}) GROUP BY document`,
  ).all({ expression, ...range, base, span: DOCUMENT_SPAN }) as { document: number; hits: number }[];
  return new Map(rows.map((r) => [base + r.document * DOCUMENT_SPAN, r.hits]));
}

/**
 * A page of all the matches ranked by relevance, each document's hits together in
 * reading order: documents whose title matches first, then those with a matching
 * heading, then those with more hits, then library order. The work is in SQL so that
 * only the page crosses into JavaScript; it grows with the number of matches, so
 * call it only when countHits has found few enough.
 */
export function rankedHits(db: Database, expression: string, range: KeyRange, offset: number, limit: number): RankedHit[] {
  return cachedStatement(
    db,
    `WITH hits AS MATERIALIZED (
            SELECT m.key, e.document_id AS documentId, e.kind
              FROM (${MATCHES}) AS m JOIN search_entries e ON e.key = m.key),
          documents AS (
            SELECT documentId, max(kind = 'title') AS titled, max(kind = 'heading') AS headed,
                   count(*) AS hitCount, min(key) AS first
              FROM hits GROUP BY documentId)
     SELECT h.key, h.documentId, h.kind, d.hitCount
       FROM hits h JOIN documents d USING (documentId)
      ORDER BY d.titled DESC, d.headed DESC, d.hitCount DESC, d.first, h.key
      LIMIT @limit OFFSET @offset`,
  ).all({ expression, ...range, limit, offset }) as RankedHit[];
}

/**
 * Matches in key (library) order, `limit` of them after `offset`. ORDER BY rowid is
 * what FTS5 yields anyway; saying so lets SQLite stop at the LIMIT, so the work grows
 * with offset + limit, not with the number of matches.
 */
export function hitsInKeyOrder(db: Database, expression: string, range: KeyRange, offset: number, limit: number): Hit[] {
  return cachedStatement(
    db,
    `SELECT search_index.rowid AS key, e.document_id AS documentId, e.kind
       FROM search_index JOIN search_entries e ON e.key = search_index.rowid
      WHERE search_index MATCH @expression AND search_index.rowid ${IN_RANGE}
      ORDER BY search_index.rowid
      LIMIT @limit OFFSET @offset`,
  ).all({ expression, ...range, limit, offset }) as Hit[];
}
