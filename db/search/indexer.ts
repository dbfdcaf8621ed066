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
  const facets = facetTokens({ unit: doc.unit, speaker: doc.speakerName });
  const add = (slot: number, kind: string, blockId: number | null, text: string): void => {
    const key = entryKey(doc.briefingId, doc.position, slot);
    addEntry.run(key, doc.id, kind, blockId);
    addTokens.run(key, indexTokens(text), facets);
  };
  add(TITLE_SLOT, 'title', null, doc.title);
  for (const block of doc.blocks) add(blockSlot(block.position), block.kind, block.id, block.text);
}

/** Indexes every stored document: migration 002, for libraries made before search. */
export function indexAllDocuments(db: Database): void {
  const documents = db
    .prepare('SELECT id, briefing_id AS briefingId, position, title, unit, speaker_name AS speakerName FROM documents ORDER BY id')
    .all() as Omit<IndexedDocument, 'blocks'>[];
  const blocks = db.prepare('SELECT id, position, kind, text FROM blocks WHERE document_id = ? ORDER BY position');
  for (const doc of documents) indexDocument(db, { ...doc, blocks: blocks.all(doc.id) as IndexedBlock[] });
}
