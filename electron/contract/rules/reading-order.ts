/**
 * The reading order of a document's annotations, wherever they are listed: the library's
 * queries and search index (db/), the reader's sidebar and the exports.
 *
 * 1. Notes on the whole document, first: they speak of all of it, as a preface does.
 * 2. Passages (highlights, underlines, bookmarks) where they are in the text: by where
 *    they start, then by where they end.
 * 3. Orphans last. Their last known place is an offset into a text that has since
 *    changed, so it says nothing about where they stand among today's passages; they wait
 *    at the end to be re-attached.
 * Within each group, and between passages at the same place, the older comes first.
 */

export const readingGroups = { documentNote: 0, passage: 1, orphan: 2 } as const;

export type ReadingGroup = (typeof readingGroups)[keyof typeof readingGroups];

/** What decides an annotation's group, as the API and the database both say it. */
export interface GroupedAnnotation {
  kind: 'highlight' | 'note' | 'bookmark';
  status: 'anchored' | 'orphan';
}

export function readingGroup(a: GroupedAnnotation): ReadingGroup {
  if (a.kind === 'note') return readingGroups.documentNote;
  return a.status === 'orphan' ? readingGroups.orphan : readingGroups.passage;
}

/**
 * An annotation's place in reading order. `place` holds any coordinates that grow along
 * the document's current text, compared in turn: start block, start offset, end block,
 * end offset, or start and end in the document's text. It is empty outside the passages.
 */
export interface ReadingKey {
  group: ReadingGroup;
  place: readonly number[];
  id: number;
}

export function compareReadingKeys(x: ReadingKey, y: ReadingKey): number {
  if (x.group !== y.group) return x.group - y.group;
  const n = Math.max(x.place.length, y.place.length);
  for (let i = 0; i < n; i++) {
    const d = (x.place[i] ?? -1) - (y.place[i] ?? -1);
    if (d !== 0) return d;
  }
  return x.id - y.id;
}

/** Where the API's block points say a passage is; null when a point's block is not in the document. */
export interface BlockPlace {
  start: { index: number; offset: number };
  end: { index: number; offset: number };
}

/** The key of an annotation whose passage, if it has one, is placed in blocks by index. */
export function readingKey(a: GroupedAnnotation & { id: number }, place: BlockPlace | null): ReadingKey {
  const group = readingGroup(a);
  const coordinates = group === readingGroups.passage && place ? [place.start.index, place.start.offset, place.end.index, place.end.offset] : [];
  return { group, place: coordinates, id: a.id };
}

/** The annotations in reading order, given each one's key. */
export function sortInReadingOrder<T>(items: readonly T[], keyOf: (item: T) => ReadingKey): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((x, y) => compareReadingKeys(x.key, y.key))
    .map((x) => x.item);
}
