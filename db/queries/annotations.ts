import type { Database } from 'better-sqlite3';
import { readingOrder } from './annotation-order.ts';

export type AnnotationKind = 'highlight' | 'note' | 'bookmark';
export type AnnotationStatus = 'anchored' | 'orphan';

/** Where a passage is, in block terms. */
export interface BlockRangeColumns {
  startBlockId: number;
  startOffset: number;
  endBlockId: number;
  endOffset: number;
}

/** The W3C selectors of a passage; kept when it is orphaned. */
export interface SelectorColumns {
  quoteExact: string;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number;
  positionEnd: number;
}

/** A passage's place: the range, or none for an orphan, and the selectors either way. */
export interface Placement {
  range: BlockRangeColumns | null;
  selectors: SelectorColumns;
}

export interface AnnotationRow {
  id: number;
  documentId: number;
  briefingId: number;
  kind: AnnotationKind;
  style: 'highlight' | 'underline' | null;
  color: string | null;
  status: AnnotationStatus;
  startBlockId: number | null;
  startOffset: number | null;
  endBlockId: number | null;
  endOffset: number | null;
  /** Position of the start block in its document; null without a range. */
  startBlockPosition: number | null;
  /** The start block's turn speaker (migration 008), who speaks the passage. */
  startSpeakerName: string | null;
  startSpeakerRole: string | null;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
  note: string;
  /** `organizer`: it came in a briefing pack (migration 006). */
  origin: 'own' | 'organizer';
  /** ¶ of the start block when it is a paragraph. */
  paragraph: number | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface AnnotationQuery {
  ids?: readonly number[];
  documentId?: number;
  briefingId?: number;
  tagId?: number;
  color?: string;
  kind?: AnnotationKind;
  status?: AnnotationStatus;
  /** Substring of the quote or the note, ASCII letters in any case. */
  text?: string;
  deleted: boolean | null;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const annotationSelect = `
  SELECT a.id, a.document_id AS documentId, d.briefing_id AS briefingId, a.kind, a.style, a.color, a.status,
         a.start_block_id AS startBlockId, a.start_offset AS startOffset,
         a.end_block_id AS endBlockId, a.end_offset AS endOffset, sb.position AS startBlockPosition,
         sb.speaker_name AS startSpeakerName, sb.speaker_role AS startSpeakerRole,
         a.quote_exact AS quoteExact, a.quote_prefix AS quotePrefix, a.quote_suffix AS quoteSuffix,
         a.position_start AS positionStart, a.position_end AS positionEnd, a.note, a.origin,
         CASE WHEN sb.kind = 'paragraph' THEN sb.id END AS paragraphBlockId,
         a.created_at AS createdAt, a.updated_at AS updatedAt, a.deleted_at AS deletedAt
    FROM annotations a
    JOIN documents d ON d.id = a.document_id
    JOIN briefings b ON b.id = d.briefing_id
    LEFT JOIN blocks sb ON sb.id = a.start_block_id
    LEFT JOIN blocks eb ON eb.id = a.end_block_id`;

const conditions: { [K in keyof AnnotationQuery]-?: string } = {
  ids: 'a.id IN (SELECT value FROM json_each(@ids))',
  documentId: 'a.document_id = @documentId',
  briefingId: 'd.briefing_id = @briefingId',
  tagId: 'EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag_id = @tagId)',
  color: 'a.color = @color',
  kind: 'a.kind = @kind',
  status: 'a.status = @status',
  text: "(instr(lower(coalesce(a.quote_exact, '')), lower(@text)) > 0 OR instr(lower(a.note), lower(@text)) > 0)",
  deleted: '(a.deleted_at IS NOT NULL) = @deleted',
};

/**
 * Annotations matching every given condition, by library order then reading order.
 * Only the conditions given are in the SQL, so the planner can use the indexes.
 */
export function findAnnotations(db: Database, q: AnnotationQuery): AnnotationRow[] {
  const params: Record<string, string | number> = {};
  // A briefing in the bin takes its annotations with it, wherever they are listed.
  const where: string[] = ['b.deleted_at IS NULL'];
  for (const key of Object.keys(conditions) as (keyof AnnotationQuery)[]) {
    const value = q[key];
    if (value === undefined || value === null) continue;
    where.push(conditions[key]);
    params[key] = Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? Number(value) : (value as string | number);
  }
  const rows = db
    .prepare(
      `${annotationSelect}
        WHERE ${where.join(' AND ')}
        ORDER BY b.imported_at DESC, b.id DESC, d.position, ${readingOrder('a', 'sb', 'eb')}`,
    )
    .all(params) as (Omit<AnnotationRow, 'paragraph'> & { paragraphBlockId: number | null })[];
  const numbers = paragraphNumbers(db, rows.flatMap((r) => (r.paragraphBlockId === null ? [] : [r.paragraphBlockId])));
  return rows.map(({ paragraphBlockId, ...row }) => ({ ...row, paragraph: paragraphBlockId === null ? null : (numbers.get(paragraphBlockId) ?? null) }));
}

/**
 * The ¶ of each of these paragraph blocks. One numbering pass over each of their
 * documents: counting the paragraphs before every annotation's block instead made
 * listing a long document's thousand annotations take a fifth of a second.
 */
function paragraphNumbers(db: Database, blockIds: readonly number[]): Map<number, number> {
  if (blockIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `WITH wanted AS (SELECT DISTINCT value AS id FROM json_each(@ids))
       SELECT id, paragraph FROM (
         SELECT p.id, row_number() OVER (PARTITION BY p.document_id ORDER BY p.position) AS paragraph
           FROM blocks p
          WHERE p.kind = 'paragraph' AND p.document_id IN (SELECT document_id FROM blocks WHERE id IN (SELECT id FROM wanted))
       ) WHERE id IN (SELECT id FROM wanted)`,
    )
    .all({ ids: JSON.stringify(blockIds) }) as { id: number; paragraph: number }[];
  return new Map(rows.map((r) => [r.id, r.paragraph]));
}

export interface NewAnnotation {
  documentId: number;
  kind: AnnotationKind;
  style: 'highlight' | 'underline' | null;
  color: string | null;
  placement: Placement | null;
  note: string;
  /** `orphan` for a passage brought in whose place was not found (placement without a range); anchored otherwise. */
  status?: AnnotationStatus;
  /** Set for an organizer note: the pack's key for it, which makes it `origin = 'organizer'`. */
  originKey?: string;
}

function placementParams(placement: Placement | null) {
  const range = placement?.range ?? null;
  const selectors = placement?.selectors ?? null;
  return {
    startBlockId: range?.startBlockId ?? null,
    startOffset: range?.startOffset ?? null,
    endBlockId: range?.endBlockId ?? null,
    endOffset: range?.endOffset ?? null,
    quoteExact: selectors?.quoteExact ?? null,
    quotePrefix: selectors?.quotePrefix ?? null,
    quoteSuffix: selectors?.quoteSuffix ?? null,
    positionStart: selectors?.positionStart ?? null,
    positionEnd: selectors?.positionEnd ?? null,
  };
}

export function insertAnnotation(db: Database, a: NewAnnotation): number {
  const result = db
    .prepare(
      `INSERT INTO annotations (document_id, kind, style, color, status, start_block_id, start_offset, end_block_id, end_offset,
                                quote_exact, quote_prefix, quote_suffix, position_start, position_end, note, origin, origin_key)
       VALUES (@documentId, @kind, @style, @color, @status, @startBlockId, @startOffset, @endBlockId, @endOffset,
               @quoteExact, @quotePrefix, @quoteSuffix, @positionStart, @positionEnd, @note, @origin, @originKey)`,
    )
    .run({
      documentId: a.documentId,
      kind: a.kind,
      style: a.style,
      color: a.color,
      status: a.status ?? 'anchored',
      note: a.note,
      origin: a.originKey === undefined ? 'own' : 'organizer',
      originKey: a.originKey ?? null,
      ...placementParams(a.placement),
    });
  return Number(result.lastInsertRowid);
}

/** Gives an annotation brought from elsewhere (an interchange file) the times it was made and last edited. */
export function setAnnotationTimes(db: Database, id: number, createdAt: string, updatedAt: string): void {
  db.prepare('UPDATE annotations SET created_at = @createdAt, updated_at = @updatedAt WHERE id = @id').run({ id, createdAt, updatedAt });
}

export interface AnnotationEdit {
  style?: 'highlight' | 'underline';
  color?: string;
  note?: string;
}

/** Changes what the user edits; `updated_at` moves even when nothing else did, as the user saved. */
export function editAnnotation(db: Database, id: number, edit: AnnotationEdit): void {
  db.prepare(
    `UPDATE annotations SET style = coalesce(@style, style), color = coalesce(@color, color), note = coalesce(@note, note),
            updated_at = ${NOW}
      WHERE id = @id`,
  ).run({ id, style: edit.style ?? null, color: edit.color ?? null, note: edit.note ?? null });
}

/**
 * Puts a passage at `placement` in `documentId`: anchored with a range, or an orphan
 * (range null) keeping the selectors given. `userEdit` says whether the user moved it
 * (re-attaching an orphan) rather than a re-import.
 */
export function placeAnnotation(db: Database, id: number, documentId: number, placement: Placement, userEdit: boolean): void {
  db.prepare(
    `UPDATE annotations
        SET document_id = @documentId, status = CASE WHEN @startBlockId IS NULL THEN 'orphan' ELSE 'anchored' END,
            start_block_id = @startBlockId, start_offset = @startOffset, end_block_id = @endBlockId, end_offset = @endOffset,
            quote_exact = @quoteExact, quote_prefix = @quotePrefix, quote_suffix = @quoteSuffix,
            position_start = @positionStart, position_end = @positionEnd,
            updated_at = CASE WHEN @userEdit THEN ${NOW} ELSE updated_at END
      WHERE id = @id`,
  ).run({ id, documentId, userEdit: Number(userEdit), ...placementParams(placement) });
}

export function setDeleted(db: Database, id: number, deleted: boolean): void {
  db.prepare(`UPDATE annotations SET deleted_at = CASE WHEN @deleted THEN coalesce(deleted_at, ${NOW}) END WHERE id = @id`).run({
    id,
    deleted: Number(deleted),
  });
}

/** Removes everything in the bin for good; their tag links and search entries go with them. */
export function emptyBin(db: Database): number {
  return db.prepare('DELETE FROM annotations WHERE deleted_at IS NOT NULL').run().changes;
}

export function documentOfAnnotations(db: Database, ids: readonly number[]): number[] {
  return db
    .prepare('SELECT DISTINCT document_id FROM annotations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY document_id')
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

export interface HeadingRow {
  documentId: number;
  position: number;
  level: number;
  text: string;
}

/** The headings of the given documents, in reading order. */
export function headingsOf(db: Database, documentIds: readonly number[]): HeadingRow[] {
  return db
    .prepare(
      `SELECT document_id AS documentId, position, level, text FROM blocks
        WHERE kind = 'heading' AND document_id IN (SELECT value FROM json_each(?))
        ORDER BY document_id, position`,
    )
    .all(JSON.stringify(documentIds)) as HeadingRow[];
}

/**
 * Frees a briefing's blocks for replacement: its passages lose their block points and
 * become orphans, keeping their selectors, until they are re-anchored.
 */
export function detachAnnotations(db: Database, briefingId: number): void {
  db.prepare(
    `UPDATE annotations SET status = 'orphan', start_block_id = NULL, start_offset = NULL, end_block_id = NULL, end_offset = NULL
      WHERE start_block_id IS NOT NULL AND document_id IN (SELECT id FROM documents WHERE briefing_id = ?)`,
  ).run(briefingId);
}

/** Moves every annotation of a document (detached first) to another one. */
export function moveAnnotations(db: Database, fromDocumentId: number, toDocumentId: number): void {
  db.prepare('UPDATE annotations SET document_id = ? WHERE document_id = ?').run(toDocumentId, fromDocumentId);
}

/** Gives one annotation to another document, as it is (a free-standing note whose document was replaced). */
export function moveAnnotation(db: Database, id: number, documentId: number): void {
  db.prepare('UPDATE annotations SET document_id = ? WHERE id = ?').run(documentId, id);
}
