import type { Database } from 'better-sqlite3';

export type GroupBy = 'document' | 'tag';

export interface SessionRow {
  id: number;
  title: string;
  date: string;
  place: string;
  className: string;
  trainee: string;
  reflection: string;
  groupBy: GroupBy;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionItemRow {
  id: number;
  position: number;
  annotationId: number | null;
  documentId: number | null;
}

/** The fields a user edits; absent keys are left as they are. */
export interface SessionFields {
  title?: string;
  date?: string;
  place?: string;
  className?: string;
  trainee?: string;
  reflection?: string;
  groupBy?: GroupBy;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

const sessionSelect = `
  SELECT s.id, s.title, s.date, s.place, s.class_name AS className, s.trainee, s.reflection,
         s.group_by AS groupBy, (SELECT count(*) FROM session_items i WHERE i.session_id = s.id) AS itemCount,
         s.created_at AS createdAt, s.updated_at AS updatedAt
    FROM sessions s`;

export function listSessions(db: Database): SessionRow[] {
  return db.prepare(`${sessionSelect} ORDER BY s.updated_at DESC, s.id DESC`).all() as SessionRow[];
}

export function getSession(db: Database, id: number): SessionRow | undefined {
  return db.prepare(`${sessionSelect} WHERE s.id = ?`).get(id) as SessionRow | undefined;
}

export function insertSession(db: Database, fields: SessionFields): number {
  const row = { title: '', date: '', place: '', className: '', trainee: '', reflection: '', groupBy: 'document', ...fields };
  return Number(
    db
      .prepare(
        `INSERT INTO sessions (title, date, place, class_name, trainee, reflection, group_by)
         VALUES (@title, @date, @place, @className, @trainee, @reflection, @groupBy)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function updateSession(db: Database, id: number, fields: SessionFields): void {
  db.prepare(
    `UPDATE sessions SET title = coalesce(@title, title), date = coalesce(@date, date), place = coalesce(@place, place),
            class_name = coalesce(@className, class_name), trainee = coalesce(@trainee, trainee),
            reflection = coalesce(@reflection, reflection), group_by = coalesce(@groupBy, group_by), updated_at = ${NOW}
      WHERE id = @id`,
  ).run({
    id,
    title: fields.title ?? null,
    date: fields.date ?? null,
    place: fields.place ?? null,
    className: fields.className ?? null,
    trainee: fields.trainee ?? null,
    reflection: fields.reflection ?? null,
    groupBy: fields.groupBy ?? null,
  });
}

/** Marks a session changed when only its items did. */
export function touchSession(db: Database, id: number): void {
  db.prepare(`UPDATE sessions SET updated_at = ${NOW} WHERE id = ?`).run(id);
}

/** Deletes the session and its items; what the items point at stays. */
export function deleteSession(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM sessions WHERE id = ?').run(id).changes > 0;
}

export function listItems(db: Database, sessionId: number): SessionItemRow[] {
  return db
    .prepare(
      `SELECT id, position, annotation_id AS annotationId, document_id AS documentId
         FROM session_items WHERE session_id = ? ORDER BY position, id`,
    )
    .all(sessionId) as SessionItemRow[];
}

/**
 * Appends each item after the last, skipping what the session already holds. A whole
 * document holds its highlights and notes (not its bookmarks, which only mark where to
 * resume reading): adding it folds in the ones already listed by themselves, taking the
 * place of the first of them, and a highlight or note of a document already held whole
 * is not added again.
 */
export function appendItems(db: Database, sessionId: number, items: readonly { annotationId?: number; documentId?: number }[]): void {
  const next = db.prepare('SELECT coalesce(max(position) + 1, 0) FROM session_items WHERE session_id = ?').pluck();
  const insert = db.prepare(
    'INSERT OR IGNORE INTO session_items (session_id, position, annotation_id, document_id) VALUES (?, ?, ?, ?)',
  );
  const folded = db.prepare(
    `SELECT i.id, i.position FROM session_items i JOIN annotations a ON a.id = i.annotation_id
      WHERE i.session_id = ? AND a.document_id = ? AND a.kind <> 'bookmark' ORDER BY i.position, i.id`,
  );
  const drop = db.prepare('DELETE FROM session_items WHERE id = ?');
  const heldWhole = db
    .prepare(
      `SELECT 1 FROM annotations a JOIN session_items i ON i.document_id = a.document_id
        WHERE a.id = ? AND a.kind <> 'bookmark' AND i.session_id = ?`,
    )
    .pluck();
  for (const item of items) {
    if (item.documentId !== undefined) {
      const listed = folded.all(sessionId, item.documentId) as { id: number; position: number }[];
      for (const row of listed) drop.run(row.id);
      insert.run(sessionId, listed[0]?.position ?? next.get(sessionId), null, item.documentId);
    } else if (item.annotationId !== undefined && !heldWhole.get(item.annotationId, sessionId)) {
      insert.run(sessionId, next.get(sessionId), item.annotationId, null);
    }
  }
}

export function deleteItems(db: Database, sessionId: number, itemIds: readonly number[]): number {
  return db
    .prepare('DELETE FROM session_items WHERE session_id = ? AND id IN (SELECT value FROM json_each(?))')
    .run(sessionId, JSON.stringify(itemIds)).changes;
}

/** Gives the items positions 0..n-1 in the order of `itemIds`. */
export function setItemOrder(db: Database, sessionId: number, itemIds: readonly number[]): void {
  const place = db.prepare('UPDATE session_items SET position = ? WHERE session_id = ? AND id = ?');
  itemIds.forEach((id, position) => place.run(position, sessionId, id));
}

/** Which of `ids` name no annotation (in the bin or not). */
export function missingAnnotations(db: Database, ids: readonly number[]): number[] {
  return db.prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM annotations)').pluck().all(JSON.stringify(ids)) as number[];
}

/** Which of `ids` name no document. */
export function missingDocuments(db: Database, ids: readonly number[]): number[] {
  return db.prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM documents)').pluck().all(JSON.stringify(ids)) as number[];
}
