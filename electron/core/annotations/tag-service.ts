import type { Database } from '@db/open.ts';
import { documentOfAnnotations } from '@db/queries/annotations.ts';
import * as q from '@db/queries/tags.ts';
import { indexAnnotations } from '@db/search/annotations.ts';
import type { Tag } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';
import { tagNameKey } from '@contract/rules/tag-names.ts';
import { cleanTagColor, cleanTagName } from './tag-names.ts';

const tagWhat = (id: number) => say('tags', 'tag', { id });

function existing(db: Database, id: number): Tag {
  const tag = q.getTag(db, id);
  if (!tag) throw ApiError.of('not_found', { what: tagWhat(id) });
  return tag;
}

/** The name's key, refused when another tag already has it. */
function freeKey(db: Database, name: string, self?: number): string {
  const key = tagNameKey(name);
  const holder = q.tagIdByKey(db, key);
  if (holder !== undefined && holder !== self) throw ApiError.of('tag_exists', { name });
  return key;
}

/** Tag names are in the search index with the annotations carrying them. */
function reindexTagged(db: Database, tagId: number): () => void {
  const documents = documentOfAnnotations(db, q.annotationsWithTag(db, tagId));
  return () => documents.forEach((id) => indexAnnotations(db, id));
}

export function listTags(db: Database): Tag[] {
  return q.listTags(db);
}

export function createTag(db: Database, name: string, color: string): Tag {
  return db.transaction(() => {
    const clean = cleanTagName(name);
    return existing(db, q.insertTag(db, clean, freeKey(db, clean), cleanTagColor(color)));
  })();
}

export function updateTag(db: Database, id: number, patch: { name?: string | undefined; color?: string | undefined }): Tag {
  return db.transaction(() => {
    existing(db, id);
    const name = patch.name === undefined ? undefined : cleanTagName(patch.name);
    q.updateTag(db, id, {
      ...(name === undefined ? {} : { name, nameKey: freeKey(db, name, id) }),
      ...(patch.color === undefined ? {} : { color: cleanTagColor(patch.color) }),
    });
    if (name !== undefined) reindexTagged(db, id)();
    return existing(db, id);
  })();
}

/** Gives the source's annotations the target tag (once each), then deletes the source. */
export function mergeTags(db: Database, sourceId: number, targetId: number): Tag {
  return db.transaction(() => {
    if (sourceId === targetId) throw ApiError.of('invalid_argument', { what: say('tags', 'mergeIntoItself') });
    existing(db, sourceId);
    existing(db, targetId);
    const reindex = reindexTagged(db, sourceId);
    q.mergeTags(db, sourceId, targetId);
    reindex();
    return existing(db, targetId);
  })();
}

/** Deletes a tag; the annotations carrying it stay, without it. */
export function deleteTag(db: Database, id: number): { deleted: boolean } {
  return db.transaction(() => {
    const reindex = reindexTagged(db, id);
    const deleted = q.deleteTag(db, id);
    reindex();
    return { deleted };
  })();
}
