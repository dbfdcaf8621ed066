import type { Database } from 'better-sqlite3';
import { indexDocument } from '../search/indexer.ts';

export interface NewBlock {
  kind: 'heading' | 'paragraph';
  level: number | null;
  text: string;
}

export interface NewDocument {
  title: string;
  unit: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  blocks: NewBlock[];
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

function insertDocuments(db: Database, briefingId: number, documents: NewDocument[]): void {
  const insertDocument = db.prepare(
    `INSERT INTO documents (briefing_id, position, title, unit, speaker_name, speaker_role)
     VALUES (@briefingId, @position, @title, @unit, @speakerName, @speakerRole)`,
  );
  const insertBlock = db.prepare('INSERT INTO blocks (document_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)');
  documents.forEach((doc, position) => {
    const documentId = Number(
      insertDocument.run({
        briefingId,
        position,
        title: doc.title,
        unit: doc.unit,
        speakerName: doc.speakerName,
        speakerRole: doc.speakerRole,
      }).lastInsertRowid,
    );
    const blocks = doc.blocks.map((block, i) => ({
      id: Number(insertBlock.run(documentId, i, block.kind, block.level, block.text).lastInsertRowid),
      position: i,
      kind: block.kind,
      text: block.text,
    }));
    indexDocument(db, { id: documentId, briefingId, position, title: doc.title, unit: doc.unit, speakerName: doc.speakerName, blocks });
  });
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
    insertDocuments(db, briefingId, briefing.documents);
    return briefingId;
  })();
}

/**
 * Puts a corrected file's content in place of a briefing's, keeping its id, in one
 * transaction. Returns false when no such briefing exists.
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
    db.prepare('DELETE FROM documents WHERE briefing_id = ?').run(briefingId);
    insertDocuments(db, briefingId, briefing.documents);
    return true;
  })();
}

export function findBriefingsBySource(db: Database, sha256: string): { id: number; title: string | null; sourceName: string }[] {
  return db
    .prepare('SELECT id, title, source_name AS sourceName FROM briefings WHERE source_sha256 = ? ORDER BY id')
    .all(sha256) as { id: number; title: string | null; sourceName: string }[];
}
