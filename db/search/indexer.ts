import type { Database } from 'better-sqlite3';
import { facetTokens } from './facets.ts';
import { indexTokens } from './fold.ts';
import { blockSlot, entryKey, TITLE_SLOT } from './keys.ts';
import { cachedStatement } from './statements.ts';

export interface IndexedBlock {
  id: number;
  position: number;
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface IndexedDocument {
  id: number;
  briefingId: number;
  position: number;
  title: string;
  unit: string | null;
  speakerName: string | null;
  blocks: readonly IndexedBlock[];
}

const indexed = new WeakSet<Database>();
const annotatable = new WeakSet<Database>();

/** Whether the document has annotations outside the bin; none before migration 004 made the table. */
export function hasLiveAnnotations(db: Database, documentId: number): boolean {
  if (!annotatable.has(db)) {
    if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'annotations'").get() === undefined) return false;
    annotatable.add(db);
  }
  return cachedStatement(db, 'SELECT 1 FROM annotations WHERE document_id = ? AND deleted_at IS NULL LIMIT 1').get(documentId) !== undefined;
}

/**
 * A library at a schema before migration 002 has no index yet; the migration indexes
 * whatever was stored until then (migrate.test.ts stores briefings at every version).
 */
function hasIndex(db: Database): boolean {
  if (indexed.has(db)) return true;
  if (db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_entries'").get() === undefined) return false;
  indexed.add(db);
  return true;
}

/**
 * Adds a document's title and blocks to the search index. Call it in the transaction
 * that stores them; deleting the document or a block removes its entries (by cascade
 * and a trigger, see migration 002), so only additions need code.
 */
export function indexDocument(db: Database, doc: IndexedDocument): void {
  if (!hasIndex(db)) return;
  const addEntry = cachedStatement(db, 'INSERT INTO search_entries (key, document_id, kind, block_id) VALUES (?, ?, ?, ?)');
  const addTokens = cachedStatement(db, 'INSERT INTO search_index (rowid, grams, facets) VALUES (?, ?, ?)');
  const facets = facetTokens({ unit: doc.unit, speaker: doc.speakerName, annotated: hasLiveAnnotations(db, doc.id) });
  const add = (slot: number, kind: string, blockId: number | null, text: string): void => {
    const key = entryKey(doc.briefingId, doc.position, slot);
    addEntry.run(key, doc.id, kind, blockId);
    addTokens.run(key, indexTokens(text), facets);
  };
  add(TITLE_SLOT, 'title', null, doc.title);
  for (const block of doc.blocks) add(blockSlot(block.position), block.kind, block.id, block.text);
}

const documentSql = 'SELECT id, briefing_id AS briefingId, position, title, unit, speaker_name AS speakerName FROM documents';
const blocksSql = 'SELECT id, position, kind, text FROM blocks WHERE document_id = ? ORDER BY position';

/**
 * Indexes a stored document's title and blocks again, as they are now: the way an
 * entry's facets change, since the index keeps no text to update them in place.
 */
export function reindexDocument(db: Database, documentId: number): void {
  if (!hasIndex(db)) return;
  cachedStatement(db, 'DELETE FROM search_entries WHERE document_id = ? AND annotation_id IS NULL').run(documentId);
  const doc = cachedStatement(db, `${documentSql} WHERE id = ?`).get(documentId) as Omit<IndexedDocument, 'blocks'> | undefined;
  if (doc) indexDocument(db, { ...doc, blocks: cachedStatement(db, blocksSql).all(documentId) as IndexedBlock[] });
}
