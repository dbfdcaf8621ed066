/**
 * The library's searchable texts as the search indexes them, one entry each: every
 * document's title, its blocks, and the notes of its annotations outside the bin (the
 * bench's annotations carry no tags). The peers get exactly these texts.
 *
 * This is benchmark-only SQL, read-only over a finished library: bench/ sits outside
 * the product's borders (the product's SQL lives in db/), so it may read tables directly.
 */
import type Database from 'better-sqlite3';

export interface Entry {
  /** `t:` document id for a title, `b:` block id, `n:` annotation id for a note: what a search hit names. */
  id: string;
  documentId: number;
  text: string;
}

export function countEntries(db: Database.Database): number {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const notes = (db.prepare('SELECT note FROM annotations WHERE deleted_at IS NULL').pluck().all() as string[]).filter((n) => n.trim() !== '');
  return count('SELECT count(*) FROM documents') + count('SELECT count(*) FROM blocks') + notes.length;
}

/** Document by document, in library order, each document's entries together. */
export function* libraryEntries(db: Database.Database): Generator<Entry[]> {
  const blocks = db.prepare('SELECT id, text FROM blocks WHERE document_id = ? ORDER BY position');
  const notes = db.prepare('SELECT id, note FROM annotations WHERE document_id = ? AND deleted_at IS NULL ORDER BY id');
  const documents = db.prepare('SELECT id, title FROM documents ORDER BY briefing_id, position').all() as { id: number; title: string }[];
  for (const doc of documents) {
    yield [
      { id: `t:${doc.id}`, documentId: doc.id, text: doc.title },
      ...(blocks.all(doc.id) as { id: number; text: string }[]).map((b) => ({ id: `b:${b.id}`, documentId: doc.id, text: b.text })),
      ...(notes.all(doc.id) as { id: number; note: string }[])
        .filter((n) => n.note.trim() !== '')
        .map((n) => ({ id: `n:${n.id}`, documentId: doc.id, text: n.note })),
    ];
  }
}
