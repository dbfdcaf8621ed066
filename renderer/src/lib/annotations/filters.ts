import type { Annotation, HighlightColor } from '@contract/contract.ts';

export const highlightColors: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export interface AnnotationView {
  color: HighlightColor | null;
  tagId: number | null;
}

/** Whether an annotation passes the sidebar's filters; a colour filter keeps only highlights and underlines of that colour. */
export function matchesView(a: Annotation, view: AnnotationView): boolean {
  if (view.color && a.color !== view.color) return false;
  if (view.tagId !== null && !a.tags.some((t) => t.id === view.tagId)) return false;
  return true;
}

export interface SidebarGroups {
  /** Free-standing notes on the document. */
  documentNotes: Annotation[];
  /** Highlights, underlines and bookmarks, in reading order. */
  passages: Annotation[];
  /** Lost their place when the document changed; shown with their old quote. */
  orphans: Annotation[];
}

/** Splits a document's annotations (already in reading order) into the sidebar's groups. */
export function sidebarGroups(annotations: readonly Annotation[]): SidebarGroups {
  const groups: SidebarGroups = { documentNotes: [], passages: [], orphans: [] };
  for (const a of annotations) {
    if (a.status === 'orphan') groups.orphans.push(a);
    else if (a.kind === 'note') groups.documentNotes.push(a);
    else groups.passages.push(a);
  }
  return groups;
}

/** Bookmarked blocks: block id → the bookmark on it. */
export function bookmarksByBlock(annotations: readonly Annotation[]): Map<number, Annotation> {
  const marks = new Map<number, Annotation>();
  for (const a of annotations) if (a.kind === 'bookmark' && a.range) marks.set(a.range.start.blockId, a);
  return marks;
}

/** Block ids written out by `idList`, read back. */
export function idSet(list: string): ReadonlySet<number> {
  return new Set(list === '' ? [] : list.split(',').map(Number));
}

/** Ids as one string: equal lists compare equal, which lets a derived value stay put. */
export const idList = (ids: Iterable<number>): string => [...ids].join(',');

/** Consecutive annotations of the same document together, keeping the order given. */
export function groupByDocument(annotations: readonly Annotation[]): { documentId: number; annotations: Annotation[] }[] {
  const groups: { documentId: number; annotations: Annotation[] }[] = [];
  const byId = new Map<number, Annotation[]>();
  for (const a of annotations) {
    let list = byId.get(a.documentId);
    if (!list) {
      list = [];
      byId.set(a.documentId, list);
      groups.push({ documentId: a.documentId, annotations: list });
    }
    list.push(a);
  }
  return groups;
}

/** A quote shortened for a list, cut in the middle of a long passage so its start and end both show. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = Math.ceil((max - 1) * 0.7);
  return `${flat.slice(0, head)}…${flat.slice(flat.length - (max - 1 - head))}`;
}
