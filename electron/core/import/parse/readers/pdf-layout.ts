import type { SourceLine } from '../lines.ts';
import { cleanLine, endsSentence, isCjk, joinText } from '../text.ts';

/** A run of text as the PDF text layer gives it, in page coordinates (y grows upwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in page units. */
  size: number;
}

export interface PdfPage {
  items: PdfItem[];
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

/** A space this narrow between Chinese and Latin is typesetting (autospacing), not a typed space. */
const AUTOSPACE_EM = 0.3;
/** A gap this wide between two Latin runs is a word space the PDF did not write as a character. */
const WORD_GAP_EM = 0.25;
/** Line spacing of ordinary text, as a multiple of the font size, is below this. */
const MAX_LEADING = 1.6;

function assemble(items: PdfItem[]): string {
  let text = '';
  let space: 'none' | 'narrow' | 'wide' = 'none';
  let prev: PdfItem | null = null;
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    if (item.str.trim() === '') {
      const narrow = item.width < AUTOSPACE_EM * item.size;
      if (space !== 'wide') space = narrow ? 'narrow' : 'wide';
      continue;
    }
    const before = text.at(-1);
    const after = item.str[0];
    const cjk = isCjk(before) || isCjk(after);
    const gap = prev ? item.x - (prev.x + prev.width) : 0;
    const wantsSpace =
      text !== '' && (space === 'wide' || (space === 'narrow' && !cjk) || (space === 'none' && !cjk && gap > WORD_GAP_EM * item.size));
    if (wantsSpace && before !== ' ' && after !== ' ') text += ' ';
    text += item.str;
    space = 'none';
    prev = item;
  }
  return cleanLine(text);
}

/** Groups a page's items into lines by baseline, keeping the order in which the page draws them. */
function pageLines(page: PdfPage, pageIndex: number): Line[] {
  const groups: PdfItem[][] = [];
  for (const item of page.items) {
    if (item.str === '') continue;
    const current = groups.at(-1);
    const anchor = current?.[0];
    if (current && anchor && Math.abs(anchor.y - item.y) <= 0.5 * Math.max(anchor.size, item.size)) current.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    const text = assemble(group);
    if (text === '') continue;
    const visible = group.filter((i) => i.str.trim() !== '');
    lines.push({
      text,
      left: Math.min(...visible.map((i) => i.x)),
      right: Math.max(...visible.map((i) => i.x + i.width)),
      y: Math.max(...visible.map((i) => i.y)),
      size: Math.max(...visible.map((i) => i.size)),
      page: pageIndex,
    });
  }
  return lines;
}

const PAGE_NUMBER = [
  /^\d{1,4}$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/iu,
];

function marginKey(line: Line): string {
  return `${Math.round(line.y / 4)}|${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, '')}`;
}

/**
 * Drops running heads, footers and page numbers: the top or bottom line of a
 * page when it is a bare page number, or when the same wording (numbers aside)
 * stands at the same height on at least half of the pages.
 */
function dropMargins(pages: Line[][]): Line[][] {
  const edges = pages.map((lines) => {
    const ys = lines.map((l) => l.y);
    return { top: lines.find((l) => l.y === Math.max(...ys)), bottom: lines.find((l) => l.y === Math.min(...ys)) };
  });
  const counts = new Map<string, number>();
  for (const { top, bottom } of edges) {
    for (const line of new Set([top, bottom])) if (line) counts.set(marginKey(line), (counts.get(marginKey(line)) ?? 0) + 1);
  }
  const repeated = (line: Line): boolean =>
    pages.length >= 2 && (counts.get(marginKey(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) => {
    const { top, bottom } = edges[i] ?? {};
    return lines.filter((line) => {
      if (line !== top && line !== bottom) return true;
      return !PAGE_NUMBER.some((p) => p.test(line.text)) && !repeated(line);
    });
  });
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

interface Geometry {
  left: number;
  right: number;
  spacing: number;
}

function geometry(lines: Line[]): Geometry {
  const deltas: number[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && prev.page === line.page && prev.y > line.y) deltas.push(prev.y - line.y);
  });
  const size = mode(lines.map((l) => Math.round(l.size)));
  return {
    left: mode(lines.map((l) => Math.round(l.left))),
    right: quantile(lines.map((l) => l.right), 0.95),
    // The lower quartile is the spacing inside a paragraph even when most lines stand alone; with
    // too few lines to tell, no leading is wider than this.
    spacing: Math.min(quantile(deltas, 0.25) || Infinity, MAX_LEADING * size),
  };
}

/** A new paragraph starts on a wider gap, a new size, an indent, a new column or page, or after a short last line. */
function startsParagraph(prev: Line, line: Line, g: Geometry, prevColumn: Geometry): boolean {
  const indented = line.left > g.left + 1.2 * line.size;
  const room = prevColumn.right - prev.right;
  // Chinese lines may stop a few characters early when a closing mark must not start the next line.
  const short = isCjk(prev.text.at(-1))
    ? room > 4 * prev.size || (room > 1.5 * prev.size && endsSentence(prev.text))
    : room > Math.max(2 * prev.size, 0.15 * (prevColumn.right - prevColumn.left));
  if (Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size)) return true;
  if (prev.page !== line.page || line.y >= prev.y) return short || indented;
  return prev.y - line.y > 1.5 * g.spacing || indented || short;
}

interface Span {
  from: number;
  to: number;
  lines: Line[];
}

/** A column holds at least this share of the page's column-wide lines; fewer is a stray line set apart (a date, a signature). */
const MIN_COLUMN_SHARE = 0.2;
/** A line narrower than this share of the text's full width may sit in a column. */
const MAX_COLUMN_WIDTH = 0.6;

/**
 * The page's columns, from the lines that fit in one: their horizontal extents,
 * overlapping ones merged, are the columns. One span for a single-column text; a
 * line across columns (a headline set over both) belongs to none.
 */
function columnsOf(lines: Line[]): Span[] {
  const from = Math.min(...lines.map((l) => l.left));
  const to = Math.max(...lines.map((l) => l.right));
  const narrow = lines.filter((l) => l.right - l.left < MAX_COLUMN_WIDTH * (to - from)).sort((a, b) => a.left - b.left);
  const spans: Span[] = [];
  for (const line of narrow) {
    const last = spans.at(-1);
    if (last && line.left <= last.to) {
      last.to = Math.max(last.to, line.right);
      last.lines.push(line);
    } else {
      spans.push({ from: line.left, to: line.right, lines: [line] });
    }
  }
  const columns = spans.filter((s) => s.lines.length >= MIN_COLUMN_SHARE * narrow.length);
  return columns.length >= 2 ? columns : [{ from, to, lines }];
}

/** Each line with the geometry of its column, or of the whole text when it spans columns. */
function geometries(lines: Line[]): Map<Line, Geometry> {
  const whole = geometry(lines);
  const columns = columnsOf(lines);
  const byLine = new Map<Line, Geometry>(lines.map((l) => [l, whole]));
  if (columns.length < 2) return byLine;
  for (const column of columns) {
    const members = lines.filter((l) => l.left >= column.from - 0.5 * l.size && l.right <= column.to + 0.5 * l.size);
    const g = { ...geometry(members), spacing: whole.spacing };
    for (const line of members) byLine.set(line, g);
  }
  return byLine;
}

/**
 * Turns the text layer of a PDF into paragraphs: items into lines by baseline,
 * running heads and page numbers out, lines into paragraphs by gap, indent and
 * line length, each measured against the line's own column. Chinese lines join with nothing between them, Latin with a space.
 */
export function pagesToLines(pages: PdfPage[]): SourceLine[] {
  const lines = dropMargins(pages.map(pageLines)).flat();
  if (lines.length === 0) return [];
  const g = geometries(lines);
  const out: SourceLine[] = [];
  let text = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && startsParagraph(prev, line, g.get(line)!, g.get(prev)!)) {
      out.push({ text });
      text = '';
    }
    text = joinText(text, line.text);
  });
  if (text !== '') out.push({ text });
  return out;
}
