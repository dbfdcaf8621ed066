import type { Database } from 'better-sqlite3';

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

export interface NewBriefing {
  title: string | null;
  preface: string | null;
  sourceName: string;
  documents: NewDocument[];
}

/** Stores a whole briefing in one transaction: either all of it is visible, or none. */
export function insertBriefing(db: Database, briefing: NewBriefing): number {
  const insertBriefingRow = db.prepare(
    'INSERT INTO briefings (title, preface, source_name) VALUES (@title, @preface, @sourceName)',
  );
  const insertDocument = db.prepare(
    `INSERT INTO documents (briefing_id, position, title, unit, speaker_name, speaker_role)
     VALUES (@briefingId, @position, @title, @unit, @speakerName, @speakerRole)`,
  );
  const insertBlock = db.prepare(
    'INSERT INTO blocks (document_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)',
  );
  return db.transaction(() => {
    const briefingId = Number(
      insertBriefingRow.run({ title: briefing.title, preface: briefing.preface, sourceName: briefing.sourceName })
        .lastInsertRowid,
    );
    briefing.documents.forEach((doc, position) => {
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
      doc.blocks.forEach((block, i) => insertBlock.run(documentId, i, block.kind, block.level, block.text));
    });
    return briefingId;
  })();
}
