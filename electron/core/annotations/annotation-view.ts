import type { Database } from '@db/open.ts';
import { findAnnotations, headingsOf, type AnnotationQuery, type AnnotationRow, type HeadingRow } from '@db/queries/annotations.ts';
import { tagsOfAnnotations } from '@db/queries/tags.ts';
import type { Annotation, HighlightColor, TagRef } from '@contract/contract.ts';
import { annotationUri } from '@contract/rules/uris.ts';

/**
 * The headings above the block at `position`, outermost first: each heading closes
 * every open heading of its level or deeper, as an outline nests them, so a heading's
 * own path is its ancestors. `headings` are one document's, in reading order.
 */
export function headingPath(headings: readonly HeadingRow[], position: number): string[] {
  const open: HeadingRow[] = [];
  for (const heading of headings) {
    if (heading.position > position) break;
    while (open.length > 0 && (open.at(-1) as HeadingRow).level >= heading.level) open.pop();
    if (heading.position < position) open.push(heading);
  }
  return open.map((h) => h.text);
}

function toAnnotation(row: AnnotationRow, tags: TagRef[], path: string[]): Annotation {
  const { startBlockId, startOffset, endBlockId, endOffset } = row;
  const range =
    startBlockId !== null && startOffset !== null && endBlockId !== null && endOffset !== null
      ? { start: { blockId: startBlockId, offset: startOffset }, end: { blockId: endBlockId, offset: endOffset } }
      : null;
  return {
    id: row.id,
    uri: annotationUri(row.id),
    documentId: row.documentId,
    kind: row.kind,
    style: row.style,
    color: row.color as HighlightColor | null,
    range,
    quote:
      row.quoteExact === null
        ? null
        : {
            type: 'TextQuoteSelector',
            exact: row.quoteExact,
            ...(row.quotePrefix === null ? {} : { prefix: row.quotePrefix }),
            ...(row.quoteSuffix === null ? {} : { suffix: row.quoteSuffix }),
          },
    position: row.positionStart === null || row.positionEnd === null ? null : { type: 'TextPositionSelector', start: row.positionStart, end: row.positionEnd },
    note: row.note,
    origin: row.origin,
    tags,
    status: row.status,
    paragraph: range ? row.paragraph : null,
    headingPath: path,
    ...(row.startSpeakerName === null || range === null ? {} : { speaker: { name: row.startSpeakerName, role: row.startSpeakerRole } }),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

/** Annotations as the API shows them, with their tags, ¶ and heading path, in the query's order. */
export function loadAnnotations(db: Database, query: AnnotationQuery): Annotation[] {
  const rows = findAnnotations(db, query);
  if (rows.length === 0) return [];
  const tags = new Map<number, TagRef[]>();
  for (const { annotationId, ...tag } of tagsOfAnnotations(db, rows.map((r) => r.id))) {
    const list = tags.get(annotationId) ?? [];
    list.push(tag);
    tags.set(annotationId, list);
  }
  const placed = [...new Set(rows.filter((r) => r.startBlockPosition !== null).map((r) => r.documentId))];
  const headings = new Map<number, HeadingRow[]>();
  for (const heading of headingsOf(db, placed)) {
    const list = headings.get(heading.documentId) ?? [];
    list.push(heading);
    headings.set(heading.documentId, list);
  }
  return rows.map((row) =>
    toAnnotation(
      row,
      tags.get(row.id) ?? [],
      row.startBlockPosition === null ? [] : headingPath(headings.get(row.documentId) ?? [], row.startBlockPosition),
    ),
  );
}

export function loadAnnotation(db: Database, id: number): Annotation | undefined {
  return loadAnnotations(db, { ids: [id], deleted: null })[0];
}
