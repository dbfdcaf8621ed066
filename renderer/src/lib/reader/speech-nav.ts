import type { DocumentSummary } from '@contract/contract.ts';

/** The speeches before and after one in its briefing, in the briefing's order. */
export function neighbours<D extends Pick<DocumentSummary, 'id' | 'position'>>(documents: readonly D[], id: number): { previous: D | null; next: D | null } {
  const ordered = [...documents].sort((a, b) => a.position - b.position);
  const at = ordered.findIndex((d) => d.id === id);
  if (at === -1) return { previous: null, next: null };
  return { previous: ordered[at - 1] ?? null, next: ordered[at + 1] ?? null };
}

/** The reader's keys for the previous and next speech, as `aria-keyshortcuts` names them. */
export const speechKeys = { previous: '[', next: ']' } as const;

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { target: EventTarget | null };

/** -1 or 1 when the key asks for the previous or next speech; never while typing. */
export function speechStep(event: KeyLike): -1 | 1 | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const el = event.target as { closest?: (s: string) => unknown; isContentEditable?: boolean } | null;
  if (el?.isContentEditable || el?.closest?.('input, textarea, select, [contenteditable]')) return null;
  return event.key === speechKeys.previous ? -1 : event.key === speechKeys.next ? 1 : null;
}
