import type { Database } from 'better-sqlite3';
import { tagTextOf } from '../search/annotations.ts';
import { searchCaptions, type CaptionHitRow } from '../search/captions.ts';
import { facetExpression } from '../search/facets.ts';
import { allKeys, briefingKeys, documentKeysOf, intersect, MAX_BRIEFING_ID } from '../search/keys.ts';
import { matchExpression, searchTerms, type SearchTerm } from '../search/query.ts';
import { countHits, countHitsByDocument, hitsInKeyOrder, rankedHits, type EntryKind, type Hit } from '../search/scan.ts';
import { makeSnippet, type Range } from '../search/snippet.ts';
import { cachedStatement } from '../search/statements.ts';
import { documentColumns, type DocumentRow } from './library.ts';

export interface SearchOptions {
  query: string;
  briefingId?: number;
  /** Exact values, as DocumentSummary shows them. */
  unit?: string;
  speaker?: string;
  /** Only documents the user has annotated. */
  annotatedOnly?: boolean;
  limit: number;
  offset: number;
}

export interface SearchHitRow {
  kind: EntryKind;
  /** Null for a title, note or tag hit. */
  blockId: number | null;
  position: number | null;
  /** A note or tag hit's annotation. */
  annotationId: number | null;
  snippet: string;
  ranges: Range[];
  match: Range;
}

export interface SearchGroupRow {
  document: DocumentRow;
  /** All of the document's hits, not only this page's. */
  hitCount: number;
  hits: SearchHitRow[];
}

export interface SearchRows {
  /** Exact when `totalExact`; otherwise there are more than `total` hits. */
  total: number;
  totalExact: boolean;
  groups: SearchGroupRow[];
  /** Documents whose speaker's name, role or unit holds the terms; listed with the first page only. */
  captions: { total: number; hits: CaptionHitRow[] };
}

/** Caption matches listed with the first page: more are found by narrowing the query. */
export const CAPTION_HITS = 50;

/**
 * Up to this many hits are counted exactly and ranked (see rankedHits). A query with
 * more, such as a single common character, lists its hits in library order and
 * reports "more than RANKED_HITS": ranking or counting them all would take time in
 * proportion to the whole library, and nobody reads a thousand hits before refining.
 */
export const RANKED_HITS = 1000;

const nothing: SearchRows = { total: 0, totalExact: true, groups: [], captions: { total: 0, hits: [] } };

/**
 * Library-wide substring search: every term must occur in a hit (see search/query.ts).
 * One read transaction, so the page, its counts and its texts agree with each other.
 */
export function search(db: Database, options: SearchOptions): SearchRows {
  return db.transaction(() => searchNow(db, options))();
}

function searchNow(db: Database, options: SearchOptions): SearchRows {
  const { briefingId, unit, speaker, annotatedOnly, offset, limit } = options;
  const terms = searchTerms(options.query);
  // A briefing id beyond the key layout cannot have been stored, so nothing is in it.
  if (terms.length === 0 || (briefingId !== undefined && briefingId > MAX_BRIEFING_ID)) return nothing;
  const range = briefingId === undefined ? allKeys : briefingKeys(briefingId);
  const expression = [matchExpression(terms), facetExpression({ unit, speaker, annotated: annotatedOnly })].filter((e) => e !== null).join(' AND ');
  const filter = { ...(briefingId !== undefined ? { briefingId } : {}), ...(unit !== undefined ? { unit } : {}), ...(speaker !== undefined ? { speaker } : {}), ...(annotatedOnly ? { annotatedOnly } : {}) };
  const found = searchCaptions(db, terms, filter, offset === 0 ? CAPTION_HITS : 0);
  const captions = { total: found.total, hits: found.hits };
  const total = countHits(db, expression, range, RANKED_HITS + 1);
  if (total <= RANKED_HITS) {
    const page = rankedHits(db, expression, range, offset, limit);
    return { total, totalExact: true, groups: groupPage(db, page, terms, (hit) => hit.hitCount), captions };
  }
  const page = hitsInKeyOrder(db, expression, range, offset, limit);
  const first = page[0];
  const last = page.at(-1);
  // The page is a run in key order, so its documents' hits all lie between its first and last document.
  const span = first && last ? intersect(range, { lo: documentKeysOf(first.key).lo, hi: documentKeysOf(last.key).hi }) : null;
  const counts = span ? countHitsByDocument(db, expression, span) : new Map<number, number>();
  return { total: RANKED_HITS, totalExact: false, groups: groupPage(db, page, terms, (hit) => counts.get(documentKeysOf(hit.key).lo) ?? 0), captions };
}

interface EntryText {
  key: number;
  blockId: number | null;
  position: number | null;
  annotationId: number | null;
  text: string;
}

function entryTexts(db: Database, keys: readonly number[]): Map<number, EntryText> {
  const rows = cachedStatement(
    db,
    `SELECT e.key, e.block_id AS blockId, b.position, e.annotation_id AS annotationId,
            CASE e.kind WHEN 'note' THEN a.note WHEN 'tag' THEN ${tagTextOf('a')} ELSE coalesce(b.text, d.title) END AS text
       FROM json_each(?) j
       JOIN search_entries e ON e.key = j.value
       JOIN documents d ON d.id = e.document_id
       LEFT JOIN blocks b ON b.id = e.block_id
       LEFT JOIN annotations a ON a.id = e.annotation_id`,
  ).all(JSON.stringify(keys)) as EntryText[];
  return new Map(rows.map((t) => [t.key, t]));
}

function documentRows(db: Database, ids: readonly number[]): Map<number, DocumentRow> {
  const rows = cachedStatement(
    db,
    `SELECT ${documentColumns}
       FROM documents d JOIN briefings b ON b.id = d.briefing_id
      WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as DocumentRow[];
  return new Map(rows.map((d) => [d.id, d]));
}

/** The page's hits with their snippets, grouped by document (each document's hits are adjacent). */
function groupPage<H extends Hit>(db: Database, page: readonly H[], terms: readonly SearchTerm[], hitCount: (first: H) => number): SearchGroupRow[] {
  if (page.length === 0) return [];
  const texts = entryTexts(db, page.map((hit) => hit.key));
  const documents = documentRows(db, [...new Set(page.map((hit) => hit.documentId))]);
  const units = terms.map((t) => t.units);
  const groups: SearchGroupRow[] = [];
  for (const hit of page) {
    const entry = texts.get(hit.key);
    const document = documents.get(hit.documentId);
    // Everything is read in one transaction, so this is a broken invariant, not a race.
    if (!entry || !document) throw new Error(`search entry ${hit.key} has no text or document`);
    const { text: snippet, ranges, match } = makeSnippet(entry.text, units);
    const row: SearchHitRow = { kind: hit.kind, blockId: entry.blockId, position: entry.position, annotationId: entry.annotationId, snippet, ranges, match };
    const last = groups.at(-1);
    if (last?.document.id === hit.documentId) last.hits.push(row);
    else groups.push({ document, hitCount: hitCount(hit), hits: [row] });
  }
  return groups;
}
