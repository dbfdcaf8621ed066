import type { SessionGroupBy, SessionItem, TagRef } from '@contract/contract.ts';

/** A run of a session's items under one heading, in the session's own order. */
export interface ItemGroup {
  key: string;
  /** The document the group gathers, when grouped by document. */
  documentId: number | null;
  /** The tag the group gathers; null for the untagged, when grouped by tag. */
  tag: TagRef | null;
  /** Whole documents, when grouped by tag: they carry no tags. */
  wholeDocuments: boolean;
  items: SessionItem[];
}

const documentOf = (item: SessionItem): number => (item.kind === 'document' ? item.document.id : item.annotation.documentId);

function groupKey(item: SessionItem, by: SessionGroupBy): Omit<ItemGroup, 'items'> {
  if (by === 'document') {
    const documentId = documentOf(item);
    return { key: `d${documentId}`, documentId, tag: null, wholeDocuments: false };
  }
  if (item.kind === 'document') return { key: 'documents', documentId: null, tag: null, wholeDocuments: true };
  // An annotation with several tags goes under the first (tags come sorted by name), so it is shown once.
  const tag = item.annotation.tags[0] ?? null;
  return { key: tag ? `t${tag.id}` : 'untagged', documentId: null, tag, wholeDocuments: false };
}

/** Groups in the order their first item appears; each group's items in the session's order. */
export function groupItems(items: readonly SessionItem[], by: SessionGroupBy): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const item of items) {
    const head = groupKey(item, by);
    const group = groups.get(head.key) ?? { ...head, items: [] };
    group.items.push(item);
    groups.set(head.key, group);
  }
  return [...groups.values()];
}

/** The order with `id` and `other` swapped. */
export function swapItems(order: readonly number[], id: number, other: number): number[] {
  return order.map((x) => (x === id ? other : x === other ? id : x));
}

/** The order with `id` taken out and put where `target` is: before it when moving up, after it when moving down. */
export function moveItemTo(order: readonly number[], id: number, target: number): number[] {
  const from = order.indexOf(id);
  const to = order.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...order];
  const rest = order.filter((x) => x !== id);
  rest.splice(rest.indexOf(target) + (from < to ? 1 : 0), 0, id);
  return rest;
}

/**
 * The order with a whole group moved past its neighbour (`by` -1: up, 1: down): a speech
 * and its notes move together, and the groups, hence the export's 一、二、, follow.
 */
export function moveGroup(groups: readonly ItemGroup[], index: number, by: -1 | 1): number[] {
  const ids = groups.map((g) => g.items.map((i) => i.id));
  const other = index + by;
  if (other >= 0 && other < ids.length) [ids[index], ids[other]] = [ids[other]!, ids[index]!];
  return ids.flat();
}

/** A short name for an item, for accessible labels: its passage, its note, or its document's title. */
export function itemLabel(item: SessionItem, documentTitle: (id: number) => string): string {
  const text = item.kind === 'document' ? item.document.title : item.annotation.quote?.exact || item.annotation.note || documentTitle(item.annotation.documentId);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 24 ? `${line.slice(0, 24)}…` : line;
}
