import type { SourceLine } from '../lines.ts';
import type { ReadingAlternative } from '../types.ts';
import type { Furniture } from './furniture.ts';
import { openingAt, type Opening } from './openings.ts';

/** One way to split the page: which openings start documents. */
export interface Reading {
  name: 'every-opening' | 'repeated-openings' | 'one-document';
  openings: Opening[];
  score: number;
}

export interface ChosenReading {
  reading: Reading;
  alternatives: ReadingAlternative[];
  /** Per opening start: how sure the split there is, 0–1. */
  confidence: Map<number, number>;
}

/** A one-off opening shape on a page whose other openings repeat one shape must explain this many lines to count. */
const ODD_OPENING_COST = 2;
const EMPTY_DOCUMENT_COST = 3;
/** Readings within this many points of the best are worth showing in the review. */
const CLOSE = 2;

/** A guest list only ever opens an interview: such an opening needs no other like it on the page. */
const selfEvident = (o: Opening): boolean => o.hinted || o.shape.endsWith('guests');

function scoreOf(openings: Opening[], lines: SourceLine[], shapes: Map<string, number>): number {
  const repeated = [...shapes.values()].some((n) => n >= 2);
  let score = 0;
  openings.forEach((o, k) => {
    const end = openings[k + 1]?.start ?? lines.length;
    const count = shapes.get(o.shape) ?? 0;
    score += o.explains + (count >= 2 ? 1 : 0);
    if (repeated && count < 2 && !selfEvident(o)) score -= ODD_OPENING_COST;
    // A bare title at the top with nothing under it is the page's masthead, not an empty document.
    const masthead = o.start === 0 && o.shape === 'hint';
    if (end - (o.start + o.explains) <= 0 && k < openings.length - 1 && !masthead) score -= EMPTY_DOCUMENT_COST;
  });
  return score;
}

function countShapes(openings: Opening[]): Map<string, number> {
  const shapes = new Map<string, number>();
  for (const o of openings) shapes.set(o.shape, (shapes.get(o.shape) ?? 0) + 1);
  return shapes;
}

/** A page without openings is still one document. */
const documentsOf = (r: Reading): number => Math.max(1, r.openings.length);

/**
 * Finds every opening on the page and weighs the readings they allow: all of
 * them, only those whose shape repeats (a page lays its pieces out alike), or
 * none (one document). The reading that explains the most lines consistently
 * wins; close runners-up are kept for the review.
 */
export function chooseReading(lines: SourceLine[], before: Furniture[][]): ChosenReading {
  const raw: Opening[] = [];
  for (let i = 0; i < lines.length; i++) {
    const o = openingAt(lines, before, i);
    if (o) raw.push(o);
  }
  const rawShapes = countShapes(raw);
  const all: Opening[] = [];
  for (const o of raw) {
    const prev = all.at(-1);
    if (!prev || prev.start + prev.explains <= o.start) {
      all.push(o);
      continue;
    }
    // Two openings claim one line (a caption under one title or above the next): the shape the page repeats takes it.
    if ((rawShapes.get(o.shape) ?? 0) <= (rawShapes.get(prev.shape) ?? 0)) continue;
    all.pop();
    if (prev.hinted && prev.title < o.start) all.push({ ...prev, shape: 'hint', explains: 1 });
    all.push(o);
  }
  const shapes = countShapes(all);
  const repeated = all.filter((o) => selfEvident(o) || (shapes.get(o.shape) ?? 0) >= 2);
  const candidates: Reading[] = [
    { name: 'every-opening', openings: all, score: scoreOf(all, lines, shapes) },
    { name: 'repeated-openings', openings: repeated, score: scoreOf(repeated, lines, shapes) },
  ];
  // A format's own title marks are the author's structure: no reading may fold them into a body.
  if (!all.some((o) => o.hinted && o.start > 0)) {
    const single = all.slice(0, 1).filter((o) => o.start === 0);
    candidates.push({ name: 'one-document', openings: single, score: scoreOf(single, lines, shapes) });
  }
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0]!;
  const alternatives = ranked
    .slice(1)
    .filter((r) => documentsOf(r) !== documentsOf(best) && best.score - r.score <= CLOSE)
    .map((r) => ({ reading: r.name, documents: documentsOf(r), score: r.score }));
  const confidence = new Map<number, number>();
  for (const o of best.openings) {
    const sure = selfEvident(o) || (shapes.get(o.shape) ?? 0) >= 2 ? 0.9 : 0.6;
    confidence.set(o.start, alternatives.length > 0 ? Math.min(sure, 0.5) : sure);
  }
  return { reading: best, alternatives, confidence };
}
