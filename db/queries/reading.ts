import type { Database } from 'better-sqlite3';

export interface ReadingPositionRow {
  documentId: number;
  blockId: number;
  /** Paragraphs at or before the block. */
  paragraph: number;
  paragraphCount: number;
  savedAt: string;
}

/**
 * ¶ at the block aliased `block`: the paragraphs at or before it in its document (so
 * its own number when it is a paragraph). The one definition of paragraph numbers.
 */
export const paragraphNumberOf = (block: string): string =>
  `(SELECT count(*) FROM blocks p WHERE p.document_id = ${block}.document_id AND p.kind = 'paragraph' AND p.position <= ${block}.position)`;

const positionSelect = `
  SELECT rp.document_id AS documentId, rp.block_id AS blockId, rp.saved_at AS savedAt,
         ${paragraphNumberOf('b')} AS paragraph,
         (SELECT count(*) FROM blocks p WHERE p.document_id = rp.document_id AND p.kind = 'paragraph') AS paragraphCount
    FROM reading_positions rp JOIN blocks b ON b.id = rp.block_id`;

export function readingPosition(db: Database, documentId: number): ReadingPositionRow | undefined {
  return db.prepare(`${positionSelect} WHERE rp.document_id = ?`).get(documentId) as ReadingPositionRow | undefined;
}

/** Where each document in the library (not the bin) was left, most recent first. */
export function listReadingPositions(db: Database): ReadingPositionRow[] {
  return db
    .prepare(
      `${positionSelect}
        WHERE NOT EXISTS (SELECT 1 FROM documents d JOIN briefings br ON br.id = d.briefing_id WHERE d.id = rp.document_id AND br.deleted_at IS NOT NULL)
        ORDER BY rp.saved_at DESC, rp.document_id DESC`,
    )
    .all() as ReadingPositionRow[];
}

/**
 * Records the block a document is being read at. Returns false, writing nothing, when the
 * block is not one of that document's: the pair comes from the renderer.
 */
export function saveReadingPosition(db: Database, documentId: number, blockId: number): boolean {
  const result = db
    .prepare(
      `INSERT INTO reading_positions (document_id, block_id, saved_at)
       SELECT document_id, id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM blocks WHERE id = @blockId AND document_id = @documentId
       ON CONFLICT (document_id) DO UPDATE SET block_id = excluded.block_id, saved_at = excluded.saved_at`,
    )
    .run({ documentId, blockId });
  return result.changes > 0;
}
