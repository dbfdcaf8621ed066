import { passageSource } from '@contract/rules/passage-speaker.ts';
import type {
  ExportCover,
  Annotation,
  DocumentSummary,
  HighlightColor,
  Locale,
  Speaker,
  TagRef,
  TextPositionSelector,
  TextQuoteSelector,
} from '@contract/contract.ts';
import { compareReadingKeys, readingGroup, readingGroups, type ReadingKey } from '@contract/rules/reading-order.ts';
import { codePointOffsets } from '../anchoring/code-points.ts';
import { citeSpeech, type ExportBriefing } from './citation.ts';
import { labelsFor } from './labels.ts';

/**
 * What every format prints: the cover, the notes in groups, the reflection. Built once
 * from API-shaped data so Word, PDF, Markdown, text and JSON-LD cannot disagree.
 */
export type { ExportCover };

export type GroupBy = 'document' | 'tag';

export interface ModelOptions {
  groupBy: GroupBy;
  /**
   * `reading` (the default): within a document, in reading order
   * (electron/contract/rules/reading-order.ts). `given`: the order of `annotations`, for a list the trainee arranged;
   * grouped by document, the documents then come in the order they first appear in it.
   */
  order?: 'reading' | 'given';
}

export interface ExportInput {
  cover: ExportCover;
  /** In the order they should appear within a group. */
  annotations: readonly Annotation[];
  documents: readonly DocumentSummary[];
  briefings: readonly ExportBriefing[];
  /** The order of tag groups; tags found only on annotations follow by name. */
  tags: readonly TagRef[];
  reflection: string;
  /** IRI of the whole export, for JSON-LD (e.g. `urn:briefing:session:3`). */
  collectionId: string;
  locale: Locale;
  /**
   * The canonical text of the annotated documents, by id, so JSON-LD can count
   * positions in code points; without it the stored UTF-16 offsets are used as they are.
   */
  documentTexts?: ReadonlyMap<number, string>;
  /**
   * With order `given` and grouped by document: the documents in the order the trainee arranged them,
   * each printed with its heading even when it has no notes (a whole speech added to a session).
   */
  documentOrder?: readonly number[];
}

export interface ExportDocument {
  id: number;
  uri: string;
  title: string;
  unit: string | null;
  speaker: Speaker | null;
}

export interface ExportItem {
  annotationId: number;
  uri: string;
  kind: Annotation['kind'];
  style: 'highlight' | 'underline' | null;
  color: HighlightColor | null;
  /** The passage as marked; null for a note on the whole document. */
  quote: string | null;
  /** '' when there is none. */
  note: string;
  tags: TagRef[];
  paragraph: number | null;
  headingPath: string[];
  /** GB/T 7714-style source, see citation.ts. */
  citation: string;
  document: ExportDocument;
  orphan: boolean;
  /**
   * `position` counts UTF-16 units, as the app stores it; `codePoints` is the same place
   * in Unicode code points, as the W3C TextPositionSelector counts (see ExportInput.documentTexts).
   */
  selectors: { quote: TextQuoteSelector | null; position: TextPositionSelector | null; codePoints: TextPositionSelector | null };
  createdAt: string;
  updatedAt: string;
}

export interface ExportGroup {
  /** Set when grouped by document. */
  document: ExportDocument | null;
  /** Set when grouped by tag; both null for the untagged group. */
  tag: TagRef | null;
  items: ExportItem[];
}

export interface ExportModel {
  locale: Locale;
  cover: ExportCover;
  collectionId: string;
  groupBy: GroupBy;
  groups: ExportGroup[];
  /** Every annotation once, in order (an item appears in several tag groups). */
  items: ExportItem[];
  reflection: string;
}

/**
 * Characters XML 1.0 cannot hold (a pasted control character would make Word refuse the
 * whole file) and lone surrogates (with the u flag, a class of surrogates matches only
 * unpaired ones); line breaks and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** Text safe for every format: unprintables out, Windows and old-Mac line ends as "\n". */
export const cleanText = (text: string): string => text.replace(/\r\n?/gu, '\n').replace(UNPRINTABLE, '');

/** A field left blank is no field: the cover prints no empty "地点：". */
const cleanOrNull = (text: string | null): string | null => {
  const cleaned = text === null ? '' : cleanText(text).trim();
  return cleaned === '' ? null : cleaned;
};

function bucket<K>(items: ExportItem[], keysOf: (item: ExportItem) => K[]): Map<K, ExportItem[]> {
  const buckets = new Map<K, ExportItem[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = buckets.get(key);
      if (list) list.push(item);
      else buckets.set(key, [item]);
    }
  }
  return buckets;
}

function exportDocument(doc: DocumentSummary): ExportDocument {
  return {
    id: doc.id,
    uri: doc.uri,
    title: cleanText(doc.title),
    unit: cleanOrNull(doc.unit),
    speaker: doc.speaker && { name: cleanText(doc.speaker.name), role: cleanOrNull(doc.speaker.role) },
  };
}

type CodePoints = (utf16: number) => number;

function inCodePoints(position: TextPositionSelector | null, toPoints: CodePoints | undefined): TextPositionSelector | null {
  if (!position || toPoints === undefined) return position;
  return { type: 'TextPositionSelector', start: toPoints(position.start), end: toPoints(position.end) };
}

function exportItem(a: Annotation, doc: DocumentSummary, briefing: ExportBriefing, toPoints: CodePoints | undefined): ExportItem {
  // A bookmark says "come back to this paragraph", not "I quote it": it is listed by its place, never printed as a passage.
  const quote = a.kind !== 'bookmark' && a.quote && a.quote.exact.trim() !== '' ? cleanText(a.quote.exact) : null;
  return {
    annotationId: a.id,
    uri: a.uri,
    kind: a.kind,
    style: a.kind === 'highlight' ? (a.style ?? 'highlight') : null,
    color: a.color,
    quote,
    note: cleanText(a.note).trim(),
    tags: a.tags.map((t) => ({ ...t, name: cleanText(t.name) })),
    paragraph: a.paragraph,
    headingPath: a.headingPath.map(cleanText),
    citation: cleanText(citeSpeech({ title: doc.title, ...passageSource(a.speaker, doc), briefing, paragraph: a.paragraph })),
    document: exportDocument(doc),
    orphan: a.status === 'orphan',
    selectors: { quote: a.quote, position: a.position, codePoints: inCodePoints(a.position, toPoints) },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Documents in library order: by briefing as listed, then by place in the briefing. */
function libraryOrder(documents: readonly DocumentSummary[], briefings: readonly ExportBriefing[]): DocumentSummary[] {
  const briefingRank = new Map(briefings.map((b, i) => [b.id, i]));
  const rank = (doc: DocumentSummary): number => briefingRank.get(doc.briefing.id) ?? briefings.length;
  return [...documents].sort((x, y) => rank(x) - rank(y) || x.position - y.position || x.id - y.id);
}

function byReadingOrder(documents: readonly DocumentSummary[], briefings: readonly ExportBriefing[]): (x: ExportItem, y: ExportItem) => number {
  const docRank = new Map(libraryOrder(documents, briefings).map((d, i) => [d.id, i]));
  const key = (item: ExportItem): ReadingKey => {
    const group = readingGroup({ kind: item.kind, status: item.orphan ? 'orphan' : 'anchored' });
    const position = item.selectors.position;
    return { group, place: group === readingGroups.passage && position ? [position.start, position.end] : [], id: item.annotationId };
  };
  return (x, y) => (docRank.get(x.document.id) ?? 0) - (docRank.get(y.document.id) ?? 0) || compareReadingKeys(key(x), key(y));
}

/** Library order, or for a list the trainee arranged, the order in which each document first comes. */
function groupByDocument(items: ExportItem[], order: ModelOptions['order'], input: ExportInput): ExportGroup[] {
  const byDocument = bucket(items, (item) => [item.document.id]);
  if (order === 'given' && input.documentOrder) {
    const docs = new Map(input.documents.map((d) => [d.id, d]));
    const listed = [...new Set([...input.documentOrder, ...byDocument.keys()])];
    return listed.flatMap((id) => {
      const doc = docs.get(id);
      return doc ? [{ document: exportDocument(doc), tag: null, items: byDocument.get(id) ?? [] }] : [];
    });
  }
  const ids = order === 'given' ? [...byDocument.keys()] : libraryOrder(input.documents, input.briefings).map((d) => d.id);
  return ids.flatMap((id) => {
    const mine = byDocument.get(id);
    return mine ? [{ document: mine[0]!.document, tag: null, items: mine }] : [];
  });
}

function groupByTag(items: ExportItem[], tags: readonly TagRef[], locale: Locale): ExportGroup[] {
  const known = new Map(tags.map((t) => [t.id, t]));
  const extra = new Map<number, TagRef>();
  for (const item of items) for (const t of item.tags) if (!known.has(t.id)) extra.set(t.id, t);
  const byName = [...extra.values()].sort((x, y) => x.name.localeCompare(y.name, locale));
  const byTag = bucket(items, (item) => (item.tags.length > 0 ? item.tags.map((t) => t.id) : [null]));
  const groups: ExportGroup[] = [...tags, ...byName].flatMap((tag) => {
    const mine = byTag.get(tag.id);
    return mine ? [{ document: null, tag: { id: tag.id, name: cleanText(tag.name), color: tag.color }, items: mine }] : [];
  });
  const untagged = byTag.get(null);
  if (untagged) groups.push({ document: null, tag: null, items: untagged });
  return groups;
}

/**
 * Annotations in the bin, and those whose document is not given, are left out: an
 * export prints what the trainee sees in the library.
 */
export function buildExportModel(input: ExportInput, options: ModelOptions): ExportModel {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const briefings = new Map(input.briefings.map((b) => [b.id, b]));
  const seen = new Set<number>();
  const converters = new Map<number, CodePoints>();
  const codePointsOf = (documentId: number): CodePoints | undefined => {
    const text = input.documentTexts?.get(documentId);
    if (text === undefined) return undefined;
    if (!converters.has(documentId)) converters.set(documentId, codePointOffsets(text));
    return converters.get(documentId);
  };
  const items: ExportItem[] = [];
  for (const a of input.annotations) {
    const doc = docs.get(a.documentId);
    if (a.deletedAt !== null || !doc || seen.has(a.id)) continue;
    const briefing = briefings.get(doc.briefing.id) ?? {
      id: doc.briefing.id,
      title: doc.briefing.title,
      sourceName: doc.briefing.title ?? doc.briefing.uri,
      importedAt: '',
    };
    seen.add(a.id);
    items.push(exportItem(a, doc, briefing, codePointsOf(doc.id)));
  }
  if (options.order !== 'given') items.sort(byReadingOrder(input.documents, input.briefings));
  const groups =
    options.groupBy === 'tag' ? groupByTag(items, input.tags, input.locale) : groupByDocument(items, options.order, input);
  // Grouping by document prints documents in library order (or as given); the flat list follows the groups.
  const ordered = options.groupBy === 'document' ? groups.flatMap((g) => g.items) : items;
  return {
    locale: input.locale,
    cover: {
      title: cleanOrNull(input.cover.title) ?? labelsFor(input.locale).defaultTitle,
      trainee: cleanOrNull(input.cover.trainee),
      className: cleanOrNull(input.cover.className),
      date: cleanOrNull(input.cover.date),
      place: cleanOrNull(input.cover.place),
    },
    collectionId: input.collectionId,
    groupBy: options.groupBy,
    groups,
    items: ordered,
    reflection: cleanText(input.reflection).trim(),
  };
}
