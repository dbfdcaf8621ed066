import type { Annotation, HighlightColor } from '@contract/contract.ts';

/**
 * Annotations are painted with the CSS Custom Highlight API: one Highlight per colour and
 * style, over Ranges of the text as it is. Overlapping passages need no DOM surgery — the
 * highlights simply paint over one another — and a 300,000-character speech keeps its one
 * text node per block. The names match the `::highlight()` rules in colors.css.
 */
export const highlightName = (style: 'highlight' | 'underline', color: HighlightColor): string => `annotation-${style}-${color}`;
/** An organizer's passages, whatever their colour: a mark of their own, so they never pass for the reader's. */
export const ORGANIZER = 'annotation-organizer';
export const FOCUS = 'annotation-focus';
export const CARET = 'reader-caret';
export const FLASH = 'annotation-flash';

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Find's marks (priority 0) paint over annotations, the one in focus over the other annotations. */
const priorities = { annotation: -3, focus: -2, flash: -1 } as const;

/** Where ranges are painted: the CSS highlight registry in the page, a recording in tests. */
export interface PaintTarget<R> {
  add(name: string, range: R): void;
  remove(name: string, range: R): void;
  clear(): void;
}

/**
 * Keeps the painted highlights in step with a document's annotations, touching only what
 * changed: a new highlight adds one range instead of rebuilding a thousand. An
 * annotation counts as unchanged while it is the same object (the reader replaces an
 * annotation's object whenever the API returns it anew). One whose blocks are not
 * rendered yet waits, and is painted by `retry` once they are.
 */
export class AnnotationPainter<R = Range> {
  private readonly painted = new Map<number, { annotation: Annotation; name: string; range: R }>();
  private readonly waiting = new Map<number, Annotation>();

  constructor(
    private readonly rangeOf: (a: Annotation) => R | null,
    private readonly target: PaintTarget<R>,
  ) {}

  update(annotations: readonly Annotation[]): void {
    const live = new Set<number>();
    for (const a of annotations) {
      if (a.kind !== 'highlight' || !a.color) continue;
      live.add(a.id);
      if (this.painted.get(a.id)?.annotation === a || this.waiting.get(a.id) === a) continue;
      this.forget(a.id);
      this.paint(a);
    }
    for (const id of [...this.painted.keys(), ...this.waiting.keys()]) if (!live.has(id)) this.forget(id);
  }

  /** Paints the annotations that were waiting for their blocks. */
  retry(): void {
    for (const a of [...this.waiting.values()]) {
      this.waiting.delete(a.id);
      this.paint(a);
    }
  }

  /** How many annotations wait for their blocks to be rendered. */
  get pending(): number {
    return this.waiting.size;
  }

  clear(): void {
    this.painted.clear();
    this.waiting.clear();
    this.target.clear();
  }

  private paint(a: Annotation): void {
    const range = a.color ? this.rangeOf(a) : null;
    if (!a.color) return;
    if (!range) {
      this.waiting.set(a.id, a);
      return;
    }
    const name = a.origin === 'organizer' ? ORGANIZER : highlightName(a.style ?? 'highlight', a.color);
    this.target.add(name, range);
    this.painted.set(a.id, { annotation: a, name, range });
  }

  private forget(id: number): void {
    this.waiting.delete(id);
    const was = this.painted.get(id);
    if (!was) return;
    this.target.remove(was.name, was.range);
    this.painted.delete(id);
  }
}

/** The page's CSS highlight registry, one Highlight per colour and style, each created once. */
export function cssHighlights(): PaintTarget<Range> {
  const made = new Map<string, Highlight>();
  const highlight = (name: string): Highlight | null => {
    if (!supported()) return null;
    let h = made.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priorities.annotation;
      made.set(name, h);
    }
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    return h;
  };
  return {
    add: (name, range) => void highlight(name)?.add(range),
    remove: (name, range) => void made.get(name)?.delete(range),
    clear: () => {
      for (const [name, h] of made) {
        h.clear();
        if (supported() && CSS.highlights.get(name) === h) CSS.highlights.delete(name);
      }
      made.clear();
    },
  };
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

/** Where a keyboard selection would start: the character after the caret. */
export const markCaret = (range: Range | null): void => mark(CARET, range, priorities.focus);

/** A brief flash on a passage just jumped to, so the eye finds it. */
export function flash(range: Range, ms = 1200): void {
  mark(FLASH, range, priorities.flash);
  setTimeout(() => {
    if (CSS.highlights.get(FLASH)?.has(range)) CSS.highlights.delete(FLASH);
  }, ms);
}
