import type { Database } from 'better-sqlite3';

export interface TagRow {
  id: number;
  name: string;
  color: string;
  /** Annotations outside the bin carrying the tag. */
  count: number;
}

export interface TagRefRow {
  annotationId: number;
  id: number;
  name: string;
  color: string;
}

const tagSelect = `
  SELECT t.id, t.name, t.color,
         (SELECT count(*) FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id
           WHERE at.tag_id = t.id AND a.deleted_at IS NULL) AS count
    FROM tags t`;

export function listTags(db: Database): TagRow[] {
  return db.prepare(`${tagSelect} ORDER BY t.name_key, t.id`).all() as TagRow[];
}

export function getTag(db: Database, id: number): TagRow | undefined {
  return db.prepare(`${tagSelect} WHERE t.id = ?`).get(id) as TagRow | undefined;
}

/** The tag whose folded name is `nameKey`, if any. */
export function tagIdByKey(db: Database, nameKey: string): number | undefined {
  return db.prepare('SELECT id FROM tags WHERE name_key = ?').pluck().get(nameKey) as number | undefined;
}

export function insertTag(db: Database, name: string, nameKey: string, color: string): number {
  return Number(db.prepare('INSERT INTO tags (name, name_key, color) VALUES (?, ?, ?)').run(name, nameKey, color).lastInsertRowid);
}

export function updateTag(db: Database, id: number, fields: { name?: string; nameKey?: string; color?: string }): void {
  db.prepare(
    'UPDATE tags SET name = coalesce(@name, name), name_key = coalesce(@nameKey, name_key), color = coalesce(@color, color) WHERE id = @id',
  ).run({ id, name: fields.name ?? null, nameKey: fields.nameKey ?? null, color: fields.color ?? null });
}

/** Gives every annotation of `sourceId` the tag `targetId` (once), then deletes the source tag and its links. */
export function mergeTags(db: Database, sourceId: number, targetId: number): void {
  db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?').run(
    targetId,
    sourceId,
  );
  db.prepare('DELETE FROM tags WHERE id = ?').run(sourceId);
}

/** Deletes a tag; its links go with it, the annotations stay. */
export function deleteTag(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM tags WHERE id = ?').run(id).changes > 0;
}

/** The annotations (in the bin or not) carrying a tag. */
export function annotationsWithTag(db: Database, tagId: number): number[] {
  return db.prepare('SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY annotation_id').pluck().all(tagId) as number[];
}

/** Which of `ids` name no tag. */
export function missingTags(db: Database, ids: readonly number[]): number[] {
  return db
    .prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM tags)')
    .pluck()
    .all(JSON.stringify(ids)) as number[];
}

/** Replaces an annotation's tags. */
export function setAnnotationTags(db: Database, annotationId: number, tagIds: readonly number[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
  const link = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  for (const tagId of tagIds) link.run(annotationId, tagId);
}

/** The tags of each annotation, by name. */
export function tagsOfAnnotations(db: Database, annotationIds: readonly number[]): TagRefRow[] {
  return db
    .prepare(
      `SELECT at.annotation_id AS annotationId, t.id, t.name, t.color
         FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.annotation_id IN (SELECT value FROM json_each(?))
        ORDER BY at.annotation_id, t.name_key, t.id`,
    )
    .all(JSON.stringify(annotationIds)) as TagRefRow[];
}
