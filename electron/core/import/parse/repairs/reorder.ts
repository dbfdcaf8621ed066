import { detectHeading, readMarker } from '../headings.ts';
import type { SourceLine } from '../lines.ts';
import type { RepairLog } from '../repair-log.ts';
import { endsSentence, excerpt, joinText } from '../text.ts';
import type { ImportNotice } from '../types.ts';
import { canContinueSentence, endsMidSentence } from './cut-sentence.ts';

interface Run {
  items: SourceLine[];
  /** Position in print, to tell joins made by the reordering from neighbours that were already neighbours. */
  printed: number;
}

function topNumber(item: SourceLine): number | null {
  const heading = detectHeading(item.text);
  return heading?.level === 1 ? heading.number : null;
}

function numbersOf(items: SourceLine[]): number[] {
  return items.map(topNumber).filter((n): n is number => n !== null);
}

function markerOf(item: SourceLine): string {
  const marker = readMarker(item.text);
  const prefix = marker ? item.text.slice(0, item.text.length - marker.body.length) : item.text;
  return prefix.replace(/[\s、．.]+$/u, '');
}

/** Cuts the body at the layout seams; a piece without a numbered section travels with the piece before it. */
function runsAtSeams(items: SourceLine[], seams: number[]): SourceLine[][] {
  const cuts = [...new Set(seams)].filter((s) => s > 0 && s < items.length).sort((a, b) => a - b);
  const pieces = [0, ...cuts].map((start, i) => items.slice(start, cuts[i] ?? items.length));
  const runs: SourceLine[][] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last && (numbersOf(piece).length === 0 || numbersOf(last).length === 0)) last.push(...piece);
    else runs.push([...piece]);
  }
  return runs;
}

/** Without a seam the best unit is the numbered section; text before the first one stays in front. */
function runsAtSections(items: SourceLine[]): { lead: SourceLine[]; runs: SourceLine[][] } {
  const first = items.findIndex((item) => topNumber(item) !== null);
  if (first < 0) return { lead: items, runs: [] };
  const runs: SourceLine[][] = [];
  for (const item of items.slice(first)) {
    if (topNumber(item) !== null || runs.length === 0) runs.push([item]);
    else runs.at(-1)?.push(item);
  }
  return { lead: items.slice(0, first), runs };
}

function isAscendingFromOne(numbers: number[]): boolean {
  return numbers.every((n, i) => n === i + 1);
}

function isAscending(numbers: number[]): boolean {
  return numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
}

/**
 * The fragment at the head of a moved run, before its first heading, that ends the
 * sentence the run now after it was cut in.
 */
function joinOrphans(runs: Run[], log: RepairLog, notices: ImportNotice[]): SourceLine[] {
  const out: SourceLine[] = [];
  let previous: Run | null = null;
  for (const run of runs) {
    const [orphan, ...rest] = run.items;
    const cut = out.at(-1);
    const newlyAdjacent = previous !== null && run.printed !== previous.printed + 1;
    if (newlyAdjacent && cut && orphan && endsMidSentence(cut) && canContinueSentence(orphan) && endsSentence(orphan.text)) {
      const detail = { kind: 'orphan-joined', orphan: orphan.text, tail: excerpt(cut.text, 12, 'end') } as const;
      if (log.apply(notices, `${excerpt(cut.text, 24, 'end')}\u0000${orphan.text}`, detail)) {
        out[out.length - 1] = { text: joinText(cut.text, orphan.text) };
        out.push(...rest);
        previous = run;
        continue;
      }
    }
    out.push(...run.items);
    previous = run;
  }
  return out;
}

/**
 * Puts top-level sections printed out of order (`二、三、一`) back in the order
 * of their numbers, when the numbers leave no doubt: after sorting they must run
 * 1, 2, 3… without gap or repeat. Then joins an orphan fragment that the new
 * order puts right after the sentence it completes.
 */
export function reorderSections(items: SourceLine[], seams: number[], log: RepairLog, notices: ImportNotice[]): SourceLine[] {
  const printedNumbers = numbersOf(items);
  if (printedNumbers.length < 2 || isAscending(printedNumbers)) return items;

  const { lead, runs: pieces } = seams.length > 0 ? { lead: [], runs: runsAtSeams(items, seams) } : runsAtSections(items);
  const runs: Run[] = pieces.map((piece, printed) => ({ items: piece, printed: printed + 1 }));
  const sorted = [...runs].sort((a, b) => (numbersOf(a.items)[0] ?? 0) - (numbersOf(b.items)[0] ?? 0));
  if (!isAscendingFromOne(sorted.flatMap((run) => numbersOf(run.items)))) return items;

  const headings = items.filter((item) => topNumber(item) !== null);
  const key = headings.map((h) => h.text).join('\u0000');
  if (!log.apply(notices, key, { kind: 'sections-reordered', printedOrder: headings.map(markerOf) })) return items;
  return joinOrphans([{ items: lead, printed: 0 }, ...sorted], log, notices);
}
