import type { Annotation, HighlightColor } from '../../../../electron/api/contract.ts';
import { highlightColors } from './filters.ts';

/**
 * Annotations are painted with the CSS Custom Highlight API: one Highlight per colour and
 * style, over Ranges of the text as it is. Overlapping passages need no DOM surgery — the
 * highlights simply paint over one another — and a 300,000-character speech keeps its one
 * text node per block. The names match the `::highlight()` rules in AnnotationHighlights.
 */
export const highlightName = (style: 'highlight' | 'underline', color: HighlightColor): string => `annotation-${style}-${color}`;
export const FOCUS = 'annotation-focus';
export const FLASH = 'annotation-flash';

const names = [...highlightColors.flatMap((c) => [highlightName('highlight', c), highlightName('underline', c)]), FOCUS, FLASH];

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Find's marks (priority 0) paint over annotations, the one in focus over the other annotations. */
const priorities = { annotation: -3, focus: -2, flash: -1 } as const;

export function paintAnnotations(annotations: readonly Annotation[], rangeOf: (a: Annotation) => Range | null): void {
  if (!supported()) return;
  const groups = new Map<string, Range[]>(names.map((n) => [n, []]));
  for (const a of annotations) {
    if (a.kind !== 'highlight' || !a.color) continue;
    const range = rangeOf(a);
    if (range) groups.get(highlightName(a.style ?? 'highlight', a.color))!.push(range);
  }
  for (const [name, ranges] of groups) {
    if (name === FOCUS || name === FLASH) continue;
    const h = new Highlight(...ranges);
    h.priority = priorities.annotation;
    CSS.highlights.set(name, h);
  }
}

function mark(name: string, range: Range | null, priority: number): void {
  if (!supported()) return;
  if (!range) {
    CSS.highlights.delete(name);
    return;
  }
  const h = new Highlight(range);
  h.priority = priority;
  CSS.highlights.set(name, h);
}

/** The annotation open in the sidebar, marked in the text. */
export const markFocus = (range: Range | null): void => mark(FOCUS, range, priorities.focus);

/** A brief flash on a passage just jumped to, so the eye finds it. */
export function flash(range: Range, ms = 1200): void {
  mark(FLASH, range, priorities.flash);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH)?.has(range)) CSS.highlights.delete(FLASH);
  }, ms);
}

export function clearAnnotationPaint(): void {
  if (!supported()) return;
  for (const n of names) CSS.highlights.delete(n);
}
