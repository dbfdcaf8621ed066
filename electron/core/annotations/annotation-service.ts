import type { Database } from '@db/open.ts';
import { purgeBinnedBriefings } from '@db/queries/briefing-bin.ts';
import * as q from '@db/queries/annotations.ts';
import { getDocument } from '@db/queries/library.ts';
import { missingTags, setAnnotationTags } from '@db/queries/tags.ts';
import { indexAnnotationChange } from '@db/search/annotations.ts';
import type { Annotation, AnnotationFilter, ApiArg } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { idList, say } from '@contract/messages/index.ts';
import { canonicalTextOf } from './canonical-texts.ts';
import { annotationUri, documentUri } from '@contract/rules/uris.ts';
import { loadAnnotation, loadAnnotations } from './annotation-view.ts';
import { cleanNote } from './note-text.ts';
import { bookmarkPlacement, highlightPlacement } from './placement.ts';

const refuse = (key: 'freeNoteHasNoRange' | 'rangeNeeded' | 'onlyHighlightHasStyle' | 'inBin'): ApiError =>
  ApiError.of('invalid_argument', { what: say('annotations', key) });

function placementFor(db: Database, documentId: number, kind: Annotation['kind'], range: ApiArg<'createAnnotation'>['range']): q.Placement | null {
  if (kind === 'note') {
    if (range) throw refuse('freeNoteHasNoRange');
    return null;
  }
  if (!range) throw refuse('rangeNeeded');
  const doc = canonicalTextOf(db, documentId);
  return kind === 'bookmark' ? bookmarkPlacement(doc, range) : highlightPlacement(doc, range);
}

function checkTags(db: Database, tagIds: readonly number[]): number[] {
  const unique = [...new Set(tagIds)];
  const missing = missingTags(db, unique);
  if (missing.length > 0) throw ApiError.of('not_found', { what: say('annotations', 'missingTags', { ids: idList(missing) }) });
  return unique;
}

function existing(db: Database, id: number): Annotation {
  const annotation = loadAnnotation(db, id);
  if (!annotation) throw ApiError.of('not_found', { what: annotationUri(id) });
  return annotation;
}

/** The annotation as stored now; for returning what a change left behind. */
function reload(db: Database, id: number): Annotation {
  const annotation = loadAnnotation(db, id);
  if (!annotation) throw new Error(`annotation ${id} vanished inside its own transaction`);
  return annotation;
}

export function createAnnotation(db: Database, arg: ApiArg<'createAnnotation'>): Annotation {
  return db.transaction(() => {
    if (!getDocument(db, arg.documentId)) throw ApiError.of('not_found', { what: documentUri(arg.documentId) });
    if (arg.kind !== 'highlight' && arg.style !== undefined) throw refuse('onlyHighlightHasStyle');
    const placement = placementFor(db, arg.documentId, arg.kind, arg.range);
    const tagIds = checkTags(db, arg.tagIds ?? []);
    const id = q.insertAnnotation(db, {
      documentId: arg.documentId,
      kind: arg.kind,
      style: arg.kind === 'highlight' ? (arg.style ?? 'highlight') : null,
      color: arg.color ?? (arg.kind === 'highlight' ? 'yellow' : null),
      placement,
      note: cleanNote(arg.note ?? ''),
    });
    setAnnotationTags(db, id, tagIds);
    indexAnnotationChange(db, arg.documentId, id);
    return reload(db, id);
  })();
}

/**
 * Edits what the user may edit. A new range moves a passage, and re-attaches an
 * orphan, within its document. An annotation in the bin is restored before editing.
 */
export function updateAnnotation(db: Database, arg: ApiArg<'updateAnnotation'>): Annotation {
  return db.transaction(() => {
    const current = existing(db, arg.id);
    if (current.deletedAt !== null) throw refuse('inBin');
    if (arg.style !== undefined && current.kind !== 'highlight') throw refuse('onlyHighlightHasStyle');
    // The organizer's words stay theirs; the trainee may still recolour, tag or re-attach.
    if (arg.note !== undefined && current.origin === 'organizer' && cleanNote(arg.note) !== current.note) {
      throw ApiError.of('forbidden', { why: say('annotations', 'organizerNoteReadOnly') });
    }
    if (arg.range) {
      const placement = placementFor(db, current.documentId, current.kind, arg.range);
      if (placement) q.placeAnnotation(db, arg.id, current.documentId, placement, true);
    }
    if (arg.tagIds) setAnnotationTags(db, arg.id, checkTags(db, arg.tagIds));
    q.editAnnotation(db, arg.id, {
      ...(arg.style === undefined ? {} : { style: arg.style }),
      ...(arg.color === undefined ? {} : { color: arg.color }),
      ...(arg.note === undefined ? {} : { note: cleanNote(arg.note) }),
    });
    indexAnnotationChange(db, current.documentId, arg.id);
    return reload(db, arg.id);
  })();
}

function setDeleted(db: Database, id: number, deleted: boolean): Annotation {
  return db.transaction(() => {
    const current = existing(db, id);
    if ((current.deletedAt !== null) === deleted) return current;
    q.setDeleted(db, id, deleted);
    indexAnnotationChange(db, current.documentId, id);
    return reload(db, id);
  })();
}

/** Moves an annotation to the bin; deleting one already there changes nothing. */
export function deleteAnnotation(db: Database, id: number): Annotation {
  return setDeleted(db, id, true);
}

export function restoreAnnotation(db: Database, id: number): Annotation {
  return setDeleted(db, id, false);
}

export function listAnnotations(db: Database, filter: AnnotationFilter): Annotation[] {
  const text = filter.query?.trim();
  const { documentId, briefingId, tagId, color, kind, status } = filter;
  return loadAnnotations(db, {
    documentId,
    briefingId,
    tagId,
    color,
    kind,
    status,
    text: text || undefined,
    deleted: filter.deleted ?? false,
  });
}

/** Deletes everything in the bin for good, binned briefings too: the only way an annotation or a briefing is ever removed. */
export function emptyBin(db: Database): { removed: number; briefings: number } {
  return db.transaction(() => ({ removed: q.emptyBin(db), briefings: purgeBinnedBriefings(db) }))();
}
