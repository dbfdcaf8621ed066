import type { ExportCover, ExportGroup, ExportItem, ExportModel } from './model.ts';
import { labelsFor, type Labels } from './labels.ts';
import type { ExportTemplate } from './layout.ts';

/**
 * The wording of each piece of an export, decided once for every format: a renderer
 * only chooses faces and marks, never what is said or in which order.
 */
export interface CoverLine {
  field: 'trainee' | 'className' | 'date' | 'place';
  label: string;
  value: string;
}

export interface GroupView {
  /** `一、` */
  number: string;
  title: string;
  /** Unit and speaker under a document's title. */
  byline: string | null;
  /** The tag's own colour (`#rrggbb`) when grouped by tag. */
  tagColor: string | null;
}

/**
 * Items carry no number of their own: the sources already number their headings
 * 一、（一）1.（1）, and `（一）一、举旗帜…` would read as one more level of the speech.
 * The ¶ leads instead — it is what a citation points at.
 */
export interface ItemView {
  /** The item's place: ¶ and heading path, or what it is when it has no place. */
  place: string;
  /** The passage's lines; empty for a document note or a bookmark. */
  quote: string[];
  /** The note's lines, blank lines dropped. */
  note: string[];
  /** `出处：…` */
  source: string;
  /** How it is marked: `黄色高亮`, `绿色划线`, `书签`; null for a document note. */
  mark: string | null;
  /** Tags and the orphan notice, e.g. `标签：产改 劳模` (a full-width space between). */
  meta: string;
}

/** The no-break space keeps › at the end of a line, never at the start of the next. */
export const PLACE_SEPARATOR = '\u00a0› ';

export function coverLines(cover: ExportCover, labels: Labels): CoverLine[] {
  const lines: [CoverLine['field'], string, string | null][] = [
    ['trainee', labels.trainee, cover.trainee],
    ['className', labels.className, cover.className],
    ['date', labels.date, cover.date && labels.formatDate(cover.date)],
    ['place', labels.place, cover.place],
  ];
  return lines.flatMap(([field, label, value]) => (value ? [{ field, label, value }] : []));
}

/** Official: a field a line. Handout (compact): the short fields share a line, the long class name has its own. */
export function coverRows(lines: CoverLine[], template: ExportTemplate): CoverLine[][] {
  if (template === 'official') return lines.map((line) => [line]);
  return [lines.filter((line) => line.field !== 'className'), lines.filter((line) => line.field === 'className')].filter((row) => row.length > 0);
}

export function groupView(group: ExportGroup, index: number, labels: Labels): GroupView {
  const number = labels.groupNumber(index + 1);
  if (group.document) {
    const byline = labels.byline(group.document.unit, group.document.speaker);
    return { number, title: group.document.title, byline: byline || null, tagColor: null };
  }
  return { number, title: group.tag?.name ?? labels.untagged, byline: null, tagColor: group.tag?.color ?? null };
}

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** Grouped by tag, an item's place also says whose speech it is. */
function who(item: ExportItem): string {
  return item.document.speaker?.name ?? item.document.unit ?? `《${item.document.title}》`;
}

function place(item: ExportItem, model: ExportModel, labels: Labels): string {
  const parts: string[] = [];
  if (model.groupBy === 'tag') parts.push(who(item));
  if (item.paragraph !== null) parts.push(`¶${item.paragraph}`);
  else if (item.kind === 'note') parts.push(labels.documentNote);
  const path = item.headingPath.join(PLACE_SEPARATOR);
  if (path) parts.push(path);
  return parts.join('　');
}

function mark(item: ExportItem, labels: Labels): string | null {
  if (item.kind === 'bookmark') return labels.bookmark;
  return item.style && item.color ? labels.mark(item.style, item.color) : null;
}

function meta(item: ExportItem, labels: Labels): string {
  const parts: string[] = [];
  if (item.tags.length > 0) parts.push(`${labels.tags}${labels.colon}${item.tags.map((t) => t.name).join(labels.tagSeparator)}`);
  if (item.orphan) parts.push(`（${labels.orphan}）`);
  return parts.join('　');
}

export function itemView(item: ExportItem, model: ExportModel, labels: Labels = labelsFor(model.locale)): ItemView {
  return {
    place: place(item, model, labels),
    quote: item.quote === null ? [] : lines(item.quote),
    note: lines(item.note),
    source: `${labels.source}${labels.colon}${item.citation}`,
    mark: mark(item, labels),
    meta: meta(item, labels),
  };
}

/** The reflection's paragraphs. */
export const reflectionParagraphs = (model: ExportModel): string[] => lines(model.reflection);

/** Items as printed: one grouped under several tags is printed (and counted) under each. */
export const printedItems = (model: ExportModel): number => model.groups.reduce((n, g) => n + g.items.length, 0);

/** The closing small line of an item: how it is marked, then its tags. */
export const markAndMeta = (view: ItemView): string => [view.mark, view.meta].filter((part) => part).join('　');
