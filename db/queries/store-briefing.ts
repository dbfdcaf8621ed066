import type { Database } from 'better-sqlite3';
import { indexAnnotations } from '../search/annotations.ts';
import { indexDocument } from '../search/indexer.ts';
import { detachAnnotations, moveAnnotations } from './annotations.ts';
import { matchDocuments, type DocumentToMatch } from './match-documents.ts';

export interface NewBlock {
  kind: 'heading' | 'paragraph';
  level: number | null;
  text: string;
  /** The speaker of the block's words (a turn); the name is empty for a role alone (记者). */
  speaker?: { name: string; role: string | null } | null;
}

/** What the importer read of a document's layout beyond its header (schema version 8). */
export interface NewDocumentLayout {
  kind: 'speech' | 'interview' | 'report' | 'article' | 'statement' | null;
  participants: { name: string; role: string | null; unit: string | null }[];
  authors: { name: string; role: string | null }[];
  source: { publication: string; date: string | null; page: number | null } | null;
}

export interface NewDocument {
  title: string;
  unit: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  blocks: NewBlock[];
  layout?: NewDocumentLayout;
}

export interface SourceFile {
  name: string;
  format: string;
  sha256: string;
  bytes: Uint8Array;
}

export interface NewBriefing {
  title: string | null;
  preface: string | null;
  credits: string[];
  source: SourceFile;
  documents: NewDocument[];
}

/**
 * Stores each document at its position with its blocks and indexes it. Where `reuse`
 * names an existing document, that row takes the new content and keeps its id; its
 * old blocks are replaced (their annotations must be detached first).
 */
function storeDocuments(db: Database, briefingId: number, documents: NewDocument[], reuse: readonly (number | null)[] = []): number[] {
  const insertDocument = db.prepare(
    `INSERT INTO documents (briefing_id, position, title, unit, speaker_name, speaker_role)
     VALUES (@briefingId, @position, @title, @unit, @speakerName, @speakerRole)`,
  );
  const updateDocument = db.prepare(
    `UPDATE documents SET position = @position, title = @title, unit = @unit, speaker_name = @speakerName, speaker_role = @speakerRole
      WHERE id = @id AND briefing_id = @briefingId`,
  );
  // A kept document's old blocks step aside and go only once the new ones are in, so
  // new blocks get fresh ids: a reader still showing the old text cannot hit a new block.
  const parkBlocks = db.prepare('UPDATE blocks SET position = -1 - position WHERE document_id = ?');
  const deleteParkedBlocks = db.prepare('DELETE FROM blocks WHERE document_id = ? AND position < 0');
  const insertBlock = db.prepare('INSERT INTO blocks (document_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)');
  const layout = layoutWriter(db);
  return documents.map((doc, position) => {
    const fields = { briefingId, position, title: doc.title, unit: doc.unit, speakerName: doc.speakerName, speakerRole: doc.speakerRole };
    const kept = reuse[position] ?? null;
    let documentId: number;
    if (kept === null) {
      documentId = Number(insertDocument.run(fields).lastInsertRowid);
    } else {
      if (updateDocument.run({ ...fields, id: kept }).changes !== 1) throw new Error(`document ${kept} is not in briefing ${briefingId}`);
      parkBlocks.run(kept);
      documentId = kept;
    }
    const blocks = doc.blocks.map((block, i) => {
      const id = Number(insertBlock.run(documentId, i, block.kind, block.level, block.text).lastInsertRowid);
      if (block.speaker) layout?.speaker.run(block.speaker.name, block.speaker.role, id);
      return { id, position: i, kind: block.kind, text: block.text };
    });
    layout?.document.run({ id: documentId, ...layoutFields(doc.layout) });
    if (kept !== null) deleteParkedBlocks.run(kept);
    indexDocument(db, { id: documentId, briefingId, position, title: doc.title, unit: doc.unit, speakerName: doc.speakerName, blocks });
    return documentId;
  });
}

const LAYOUT_VERSION = 8;

/**
 * The layout columns exist from schema version 8. A library is always migrated before
 * the app writes to it; only the upgrade tests write a library as an older version
 * left it, and such a library had no layout to keep.
 */
function layoutWriter(db: Database) {
  if ((db.pragma('user_version', { simple: true }) as number) < LAYOUT_VERSION) return null;
  return {
    document: db.prepare('UPDATE documents SET kind = @kind, participants = @participants, authors = @authors, source = @source WHERE id = @id'),
    speaker: db.prepare('UPDATE blocks SET speaker_name = ?, speaker_role = ? WHERE id = ?'),
  };
}

function layoutFields(layout: NewDocumentLayout | undefined) {
  return {
    kind: layout?.kind ?? null,
    participants: JSON.stringify(layout?.participants ?? []),
    authors: JSON.stringify(layout?.authors ?? []),
    source: layout?.source ? JSON.stringify(layout.source) : null,
  };
}

/** Stores a whole briefing in one transaction: either all of it is visible, or none. */
export function insertBriefing(db: Database, briefing: NewBriefing): number {
  return db.transaction(() => {
    const briefingId = Number(
      db
        .prepare(
          `INSERT INTO briefings (title, preface, credits, source_name, source_format, source_sha256)
           VALUES (@title, @preface, @credits, @name, @format, @sha256)`,
        )
        .run({
          title: briefing.title,
          preface: briefing.preface,
          credits: JSON.stringify(briefing.credits),
          name: briefing.source.name,
          format: briefing.source.format,
          sha256: briefing.source.sha256,
        }).lastInsertRowid,
    );
    db.prepare('INSERT INTO briefing_sources (briefing_id, bytes) VALUES (?, ?)').run(briefingId, briefing.source.bytes);
    storeDocuments(db, briefingId, briefing.documents);
    return briefingId;
  })();
}

/**
 * Puts a corrected file's content in place of a briefing's, keeping its id, in one
 * transaction. Returns false when no such briefing exists.
 *
 * Nothing the user wrote is lost: documents that correspond (match-documents.ts) keep
 * their ids and get new blocks; annotations are detached from the replaced blocks and
 * left as orphans holding their quotes, for the caller to re-anchor in the same
 * transaction. The annotations of a document that has no counterpart move, as orphans,
 * to the document now at its position (the last one if there are fewer), so it can
 * be deleted; the schema refuses to delete a document that still has annotations.
 */
export function replaceBriefing(db: Database, briefingId: number, briefing: NewBriefing): boolean {
  return db.transaction(() => {
    const updated = db
      .prepare(
        `UPDATE briefings SET title = @title, preface = @preface, credits = @credits, source_name = @name,
                source_format = @format, source_sha256 = @sha256, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
          WHERE id = @id`,
      )
      .run({
        id: briefingId,
        title: briefing.title,
        preface: briefing.preface,
        credits: JSON.stringify(briefing.credits),
        name: briefing.source.name,
        format: briefing.source.format,
        sha256: briefing.source.sha256,
      });
    if (updated.changes === 0) return false;
    db.prepare('UPDATE briefing_sources SET bytes = ? WHERE briefing_id = ?').run(briefing.source.bytes, briefingId);
    const old = storedDocuments(db, briefingId);
    const reuse = matchDocuments(
      old,
      briefing.documents.map((d) => ({ title: d.title, blocks: d.blocks.map((b) => b.text) })),
    ).map((o) => (o === null ? null : (old[o]?.id ?? null)));
    db.prepare('DELETE FROM search_entries WHERE document_id IN (SELECT id FROM documents WHERE briefing_id = ?)').run(briefingId);
    detachAnnotations(db, briefingId);
    // Positions are unique within a briefing: the old ones step aside before documents take the new.
    db.prepare('UPDATE documents SET position = -1 - position WHERE briefing_id = ?').run(briefingId);
    const ids = storeDocuments(db, briefingId, briefing.documents, reuse);
    const kept = new Set(reuse);
    const deleteDocument = db.prepare('DELETE FROM documents WHERE id = ?');
    for (const doc of old) {
      if (kept.has(doc.id)) continue;
      const heir = ids[Math.min(doc.position, ids.length - 1)];
      if (heir !== undefined) moveAnnotations(db, doc.id, heir);
      deleteDocument.run(doc.id);
    }
    for (const id of ids) indexAnnotations(db, id);
    return true;
  })();
}

function storedDocuments(db: Database, briefingId: number): (DocumentToMatch & { id: number; position: number })[] {
  const documents = db
    .prepare('SELECT id, position, title FROM documents WHERE briefing_id = ? ORDER BY position')
    .all(briefingId) as { id: number; position: number; title: string }[];
  const texts = db.prepare('SELECT text FROM blocks WHERE document_id = ? ORDER BY position').pluck();
  return documents.map((d) => ({ ...d, blocks: texts.all(d.id) as string[] }));
}

/** Briefings in the library (not the bin) imported from the same bytes. */
export function findBriefingsBySource(db: Database, sha256: string): { id: number; title: string | null; sourceName: string }[] {
  return db
    .prepare('SELECT id, title, source_name AS sourceName FROM briefings WHERE source_sha256 = ? AND deleted_at IS NULL ORDER BY id')
    .all(sha256) as { id: number; title: string | null; sourceName: string }[];
}
