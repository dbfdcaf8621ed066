/**
 * Page geometry and type sizes of the two templates, shared by Word and the printable
 * HTML so both come out the same. Sizes are in the units the standards use: millimetres
 * for the page, points for type.
 */
import type { ExportTemplate } from '@contract/contract.ts';

export type { ExportTemplate };

/** What a run of text is, which decides its face and size. */
export type TextRole = 'title' | 'cover' | 'heading1' | 'heading2' | 'body' | 'quote' | 'note' | 'small' | 'header' | 'pageNumber';

export interface TemplateLayout {
  template: ExportTemplate;
  pageMm: { width: number; height: number };
  marginMm: { top: number; bottom: number; left: number; right: number };
  /** Word: from the page's top edge to the running header, and from the bottom edge to the footer. */
  headerMm: number;
  footerMm: number;
  sizePt: Readonly<Record<TextRole, number>>;
  /** Characters per line of the official character grid; null where there is none. */
  charsPerLine: number | null;
  /** Fixed pitch of body lines. */
  linePt: number;
}

const A4 = { width: 210, height: 297 } as const;

/**
 * GB/T 9704-2012: A4, 版心 156 mm × 225 mm (top 37, bottom 35, left 28, right 26),
 * 22 lines of 28 characters, title 二号 (22 pt), body 三号 (16 pt). 225 mm / 22 lines
 * is 28.95 pt; 156 mm / 28 characters is 15.79 pt, so the grid draws 16 pt type a
 * little tighter than its own width — as Word's 公文 templates do.
 * The page number (4号, 14 pt) sits 7 mm under the 版心: its line's foot is about
 * 35 − 7 − 6 = 22 mm from the page's bottom edge.
 */
const official: TemplateLayout = {
  template: 'official',
  pageMm: A4,
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  headerMm: 20,
  footerMm: 22,
  sizePt: { title: 22, cover: 16, heading1: 16, heading2: 16, body: 16, quote: 16, note: 16, small: 14, header: 10.5, pageNumber: 14 },
  charsPerLine: 28,
  linePt: 28.95,
};

/** Compact: 五号 (10.5 pt) text on 17 pt lines, narrow margins, for printing many notes. */
const handout: TemplateLayout = {
  template: 'handout',
  pageMm: A4,
  marginMm: { top: 20, bottom: 18, left: 18, right: 18 },
  headerMm: 9,
  footerMm: 8,
  sizePt: { title: 16, cover: 10.5, heading1: 12, heading2: 9, body: 10.5, quote: 10.5, note: 10.5, small: 9, header: 9, pageNumber: 9 },
  charsPerLine: null,
  linePt: 17,
};

export const LAYOUTS: Readonly<Record<ExportTemplate, TemplateLayout>> = { official, handout };

export const MM_PER_INCH = 25.4;
export const POINTS_PER_INCH = 72;
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * POINTS_PER_INCH;

export function textWidthMm(layout: TemplateLayout): number {
  return layout.pageMm.width - layout.marginMm.left - layout.marginMm.right;
}

/** The grid's character pitch, or the body size where there is no grid. */
export function charPitchPt(layout: TemplateLayout): number {
  return layout.charsPerLine ? mmToPt(textWidthMm(layout)) / layout.charsPerLine : layout.sizePt.body;
}

/**
 * Tracking that puts `charsPerLine` characters of body type on a line, rounded down to
 * Word's 1/20 pt so the last one always fits (−0.25 pt: 28 × 15.75 pt in 442 pt).
 * Word's own 公文 templates get the pitch from a character grid (w:charSpace) instead,
 * but LibreOffice snaps 16 pt characters into two 15.8 pt cells of such a grid and
 * prints 14 a line; tracking comes out the same in Word, WPS, LibreOffice and Chromium.
 */
export function gridTrackingPt(layout: TemplateLayout): number {
  if (!layout.charsPerLine) return 0;
  return Math.floor((charPitchPt(layout) - layout.sizePt.body) * 20) / 20;
}

/** Roles set at body size take the grid's tracking. */
export const onGrid = (layout: TemplateLayout, role: TextRole): boolean => layout.charsPerLine !== null && layout.sizePt[role] === layout.sizePt.body;

/** Line pitch of a role: on the official grid every line keeps the grid's pitch. */
export function linePitchPt(layout: TemplateLayout, role: TextRole): number {
  const size = layout.sizePt[role];
  if (layout.charsPerLine || size === layout.sizePt.body) return layout.linePt;
  return size * 1.45;
}
