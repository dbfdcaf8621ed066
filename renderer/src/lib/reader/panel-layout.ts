/**
 * Where the reader's side panels go at a given window width: beside the text (docked) while
 * the text keeps a comfortable line, otherwise over it (an overlay the reader opens and
 * closes). The text column is never squeezed below `MIN_CHARS` characters a line for a panel.
 */

/** About the shortest line Chinese prose reads comfortably in, in characters (1 em each). */
export const MIN_CHARS = 30;

export type Placement = 'docked' | 'overlay' | 'closed';

export interface PanelLayoutInput {
  /** The window's inner width, CSS px. */
  viewport: number;
  /** The body text's size, CSS px (one Chinese character). */
  fontSize: number;
  outlineOpen: boolean;
  notesOpen: boolean;
  /** The root font size, CSS px. */
  rem?: number;
}

export interface PanelLayout {
  outline: Placement;
  notes: Placement;
  /** A docked panel's width, rem. */
  outlineRem: number;
  notesRem: number;
  /** Each side's margin for paragraph numbers and marks, in em of the body text. */
  gutterEm: number;
  /** Characters a line the text column gets (before its own maximum measure). */
  columnChars: number;
}

/** Each panel's width, roomy then tight, and the grid's gap and side padding, in rem. */
const widths = { outline: [15, 12], notes: [20, 18] } as const;
export const gridRem = { gap: 2, padding: 1.5 } as const;
const NARROW_WINDOW_REM = 56;

export function panelLayout({ viewport, fontSize, outlineOpen, notesOpen, rem = 16 }: PanelLayoutInput): PanelLayout {
  const gutterEm = viewport < NARROW_WINDOW_REM * rem ? 2.4 : 3.2;
  const chars = (outline: number, notes: number) => {
    const panels = (outline ? outline + gridRem.gap : 0) + (notes ? notes + gridRem.gap : 0);
    const text = viewport - (2 * gridRem.padding + panels) * rem - 2 * gutterEm * fontSize;
    return Math.max(0, Math.floor(text / fontSize));
  };
  // Both beside the text if they fit, roomy then tight; else the notes first (a note wants its
  // passage beside it), then the outline; whatever does not fit lies over the text.
  const tries: [number, number][] = [];
  for (const i of [0, 1] as const) tries.push([outlineOpen ? widths.outline[i] : 0, notesOpen ? widths.notes[i] : 0]);
  for (const n of widths.notes) if (notesOpen) tries.push([0, n]);
  for (const o of widths.outline) if (outlineOpen) tries.push([o, 0]);
  const [o, n] = tries.find(([o, n]) => chars(o, n) >= MIN_CHARS) ?? [0, 0];
  const place = (open: boolean, width: number): Placement => (!open ? 'closed' : width > 0 ? 'docked' : 'overlay');
  return {
    outline: place(outlineOpen, o),
    notes: place(notesOpen, n),
    outlineRem: o || widths.outline[0],
    notesRem: n || widths.notes[0],
    gutterEm,
    columnChars: chars(o, n),
  };
}
