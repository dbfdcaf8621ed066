import type { Database } from 'better-sqlite3';
import { readingOrder } from '../queries/annotation-order.ts';
import { facetExpression, facetTokens } from './facets.ts';
import { indexTokens } from './fold.ts';
import { reindexDocument } from './indexer.ts';
import { entryKey, MAX_BLOCK_POSITION, TITLE_SLOT } from './keys.ts';
import { cachedStatement } from './statements.ts';

/**
 * Users' notes and tag names in the library search. Each annotation outside the bin
 * has up to two entries in its document's key range (see keys.ts): its note, and its
 * tags' names. They take the slots after the blocks, notes then tags, each stretch in
 * the annotations' reading order, so a document's hits list its text first, then
 * what the user wrote about it. Ranks are positions in that order among the annotations
 * that have entries, so a document's entries are rewritten whenever one of those changes.
 */

const FIRST_NOTE_SLOT = MAX_BLOCK_POSITION + 2;
const STRETCH = 2 ** 19;
const FIRST_TAG_SLOT = FIRST_NOTE_SLOT + STRETCH;

/** Joins an annotation's tag names in its entry and in the snippet shown for it. */
const TAG_SEPARATOR = ' · ';

/** The text of an annotation's tag entry, as SQL over the annotation aliased `a`; null without tags. */
export const tagTextOf = (a: string): string => `
  (SELECT group_concat(t.name, '${TAG_SEPARATOR}' ORDER BY t.name_key, t.id)
     FROM annotation_tags at JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id = ${a}.id)`;

function slots(rank: number): { note: number; tag: number } {
  if (!Number.isInteger(rank) || rank < 0 || rank >= STRETCH) throw new RangeError(`annotation rank ${rank} is outside the search index's range`);
  return { note: FIRST_NOTE_SLOT + rank, tag: FIRST_TAG_SLOT + rank };
}

interface Indexable {
  id: number;
  note: string;
  tags: string | null;
}

/** The document's own entries say whether it is annotated; they are rewritten only when that changes. */
function keepAnnotatedMark(db: Database, documentId: number, doc: { briefingId: number; position: number }, annotated: boolean): void {
  const titleKey = entryKey(doc.briefingId, doc.position, TITLE_SLOT);
  const marked = cachedStatement(db, 'SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ?').get(facetExpression({ annotated: true }), titleKey);
  if ((marked !== undefined) !== annotated) reindexDocument(db, documentId);
}

/** Rewrites the search entries of a document's annotations. Call it in the transaction that changed them. */
export function indexAnnotations(db: Database, documentId: number): void {
  cachedStatement(db, 'DELETE FROM search_entries WHERE document_id = ? AND annotation_id IS NOT NULL').run(documentId);
  const doc = cachedStatement(
    db,
    'SELECT briefing_id AS briefingId, position, unit, speaker_name AS speakerName FROM documents WHERE id = ?',
  ).get(documentId) as { briefingId: number; position: number; unit: string | null; speakerName: string | null } | undefined;
  if (!doc) return;
  const annotations = cachedStatement(
    db,
    `SELECT a.id, a.note, ${tagTextOf('a')} AS tags
       FROM annotations a LEFT JOIN blocks sb ON sb.id = a.start_block_id LEFT JOIN blocks eb ON eb.id = a.end_block_id
      WHERE a.document_id = ? AND a.deleted_at IS NULL
      ORDER BY ${readingOrder('a', 'sb', 'eb')}`,
  ).all(documentId) as Indexable[];
  const annotated = annotations.length > 0;
  keepAnnotatedMark(db, documentId, doc, annotated);
  const addEntry = cachedStatement(db, 'INSERT INTO search_entries (key, document_id, kind, annotation_id) VALUES (?, ?, ?, ?)');
  const addTokens = cachedStatement(db, 'INSERT INTO search_index (rowid, grams, facets) VALUES (?, ?, ?)');
  const facets = facetTokens({ unit: doc.unit, speaker: doc.speakerName, annotated });
  const add = (slot: number, kind: 'note' | 'tag', annotationId: number, text: string): void => {
    const key = entryKey(doc.briefingId, doc.position, slot);
    addEntry.run(key, documentId, kind, annotationId);
    addTokens.run(key, indexTokens(text), facets);
  };
  // Ranks count only annotations with entries, so one without (a bare highlight) shifts no one's.
  annotations.filter(hasEntries).forEach((a, rank) => {
    const slot = slots(rank);
    if (a.note.trim() !== '') add(slot.note, 'note', a.id, a.note);
    if (a.tags !== null) add(slot.tag, 'tag', a.id, a.tags);
  });
}

const hasEntries = (a: Pick<Indexable, 'note' | 'tags'>): boolean => a.note.trim() !== '' || a.tags !== null;

/**
 * After one annotation was created, edited, deleted or restored: its document's entries
 * are rewritten only when it has entries now or had them before, or the document's
 * "annotated" mark must change. A bare highlight, the commonest write, touches nothing.
 */
export function indexAnnotationChange(db: Database, documentId: number, annotationId: number): void {
  const had = cachedStatement(db, 'SELECT 1 FROM search_entries WHERE annotation_id = ? LIMIT 1').get(annotationId) !== undefined;
  const now = cachedStatement(db, `SELECT a.note, ${tagTextOf('a')} AS tags FROM annotations a WHERE a.id = ? AND a.deleted_at IS NULL`).get(annotationId) as
    | Pick<Indexable, 'note' | 'tags'>
    | undefined;
  if (had || (now !== undefined && hasEntries(now))) return indexAnnotations(db, documentId);
  const doc = cachedStatement(db, 'SELECT briefing_id AS briefingId, position FROM documents WHERE id = ?').get(documentId) as
    | { briefingId: number; position: number }
    | undefined;
  if (!doc) return;
  const annotated = cachedStatement(db, 'SELECT 1 FROM annotations WHERE document_id = ? AND deleted_at IS NULL LIMIT 1').get(documentId) !== undefined;
  keepAnnotatedMark(db, documentId, doc, annotated);
}
