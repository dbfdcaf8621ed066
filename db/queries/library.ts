import type { Database } from 'better-sqlite3';

export interface BriefingRow {
  id: number;
  title: string | null;
  preface: string | null;
  sourceName: string;
  importedAt: string;
  deletedAt: string | null;
  documentCount: number;
}

export interface DocumentRow {
  id: number;
  briefingId: number;
  briefingTitle: string | null;
  position: number;
  title: string;
  unit: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  annotationCount: number;
}

export interface BlockRow {
  id: number;
  position: number;
  kind: 'heading' | 'paragraph';
  level: number | null;
  text: string;
  speakerName: string | null;
  speakerRole: string | null;
}

export interface DocumentLayoutRow {
  kind: string | null;
  /** JSON: `[{name, role, unit}]`. */
  participants: string;
}

/** The library's briefings, or with `deleted` those in the bin (most recently binned first). */
export function listBriefings(db: Database, deleted = false): BriefingRow[] {
  return db
    .prepare(
      `SELECT b.id, b.title, b.preface, b.source_name AS sourceName, b.imported_at AS importedAt, b.deleted_at AS deletedAt,
              (SELECT count(*) FROM documents d WHERE d.briefing_id = b.id) AS documentCount
         FROM briefings b
        WHERE (b.deleted_at IS NOT NULL) = @deleted
        ORDER BY b.deleted_at DESC, b.imported_at DESC, b.id DESC`,
    )
    .all({ deleted: Number(deleted) }) as BriefingRow[];
}

export const documentColumns = `
  d.id, d.briefing_id AS briefingId, b.title AS briefingTitle, d.position, d.title, d.unit,
  d.speaker_name AS speakerName, d.speaker_role AS speakerRole,
  (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL) AS annotationCount`;

export function listDocuments(db: Database, briefingId?: number): DocumentRow[] {
  return db
    .prepare(
      `SELECT ${documentColumns}
         FROM documents d JOIN briefings b ON b.id = d.briefing_id
        WHERE (@briefingId IS NULL OR d.briefing_id = @briefingId) AND b.deleted_at IS NULL
        ORDER BY b.imported_at DESC, b.id DESC, d.position`,
    )
    .all({ briefingId: briefingId ?? null }) as DocumentRow[];
}

export function getDocument(db: Database, id: number): DocumentRow | undefined {
  return db
    .prepare(`SELECT ${documentColumns} FROM documents d JOIN briefings b ON b.id = d.briefing_id WHERE d.id = ? AND b.deleted_at IS NULL`)
    .get(id) as DocumentRow | undefined;
}

export function listBlocks(db: Database, documentId: number): BlockRow[] {
  return db
    .prepare('SELECT id, position, kind, level, text, speaker_name AS speakerName, speaker_role AS speakerRole FROM blocks WHERE document_id = ? ORDER BY position')
    .all(documentId) as BlockRow[];
}

export function documentLayout(db: Database, documentId: number): DocumentLayoutRow | undefined {
  return db.prepare('SELECT kind, participants FROM documents WHERE id = ?').get(documentId) as DocumentLayoutRow | undefined;
}
