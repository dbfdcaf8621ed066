export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet into plain and marked runs, for `<mark>` elements built as text (never
 * as HTML). Ranges may come in any order and overlap (two terms in one place); they are
 * clamped to the snippet and merged, so no character is marked twice or lost.
 */
export function snippetParts(snippet: string, ranges: readonly (readonly [number, number])[]): SnippetPart[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, snippet.length)), Math.max(0, Math.min(e, snippet.length))] as const)
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), marked: false });
    const last = parts.at(-1);
    if (last?.marked && from === at) last.text += snippet.slice(from, end);
    else parts.push({ text: snippet.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}
