import type { HighlightColor } from '@contract/contract.ts';
import { highlightColors } from './filters.ts';

export type SelectionAction =
  | { kind: 'highlight'; color: HighlightColor }
  | { kind: 'underline' }
  | { kind: 'note' }
  | { kind: 'copy' }
  | { kind: 'search' }
  | { kind: 'bookmark' }
  | { kind: 'session' };

/** The key for each selection action, shown in the toolbar and announced through aria-keyshortcuts. */
export const actionKeys = {
  underline: 'U',
  note: 'N',
  copy: 'C',
  search: 'S',
  bookmark: 'B',
  session: 'L',
} as const;

export const colorKey = (color: HighlightColor): string => String(highlightColors.indexOf(color) + 1);

/**
 * The action a key press asks for while text is selected: 1–5 highlight in the five
 * colours, U underlines, N adds a note, C copies with citation, S searches the library,
 * B bookmarks the paragraph, L adds it to a study session. Only bare keys: with Ctrl, Alt or Meta the press belongs to
 * the browser (Ctrl+C still copies the plain text).
 */
export function selectionAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): SelectionAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const key = e.key.toUpperCase();
  const n = Number(key);
  if (Number.isInteger(n) && n >= 1 && n <= highlightColors.length) return { kind: 'highlight', color: highlightColors[n - 1]! };
  for (const [kind, k] of Object.entries(actionKeys) as [keyof typeof actionKeys, string][]) {
    if (key === k) return { kind };
  }
  return null;
}

/** Ctrl+Z, or ⌘Z on a Mac: undo the last deletion. */
export const isUndo = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z';

