import type { Match } from './find.ts';

const ALL = 'find-match';
const CURRENT = 'find-current';

/**
 * Matches are marked with the CSS Custom Highlight API: ranges over the text as it is,
 * so finding never rewrites the DOM of a long document. Where the API is missing the
 * count and the jumps still work, unmarked.
 */
const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** One range per match, over the text node that holds each block's text. */
export function matchRanges(matches: readonly Match[], textOf: (block: number) => Text | null): Range[] {
  return matches.map((m) => {
    const range = document.createRange();
    const node = textOf(m.block);
    if (node) {
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
    }
    return range;
  });
}

export function markMatches(ranges: readonly Range[]): void {
  if (supported()) CSS.highlights.set(ALL, new Highlight(...ranges));
}

export function markCurrent(range: Range | undefined): void {
  if (!supported()) return;
  if (range) CSS.highlights.set(CURRENT, new Highlight(range));
  else CSS.highlights.delete(CURRENT);
}

export function clearMarks(): void {
  if (!supported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/**
 * Brings a match into view: the block first, which also makes a block skipped by
 * `content-visibility` lay out, then, a frame later, the match itself when the block is
 * taller than the window.
 */
export function revealMatch(block: HTMLElement, range: Range, topInset: number): void {
  block.scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => {
    const rect = range.getBoundingClientRect();
    if (rect.height === 0) return;
    if (rect.top < topInset || rect.bottom > window.innerHeight) {
      window.scrollBy(0, rect.top - (topInset + window.innerHeight) / 2);
    }
  });
}
