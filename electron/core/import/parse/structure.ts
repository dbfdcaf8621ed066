import { buildDocument } from './document.ts';
import { ImportFailure } from './import-failure.ts';
import type { Furniture } from './layout/furniture.ts';
import { canBeTitle } from './layout/openings.ts';
import { takeFurniture } from './layout/page-furniture.ts';
import { readDocument, type DocumentSpan } from './layout/read-document.ts';
import { chooseReading, type ChosenReading } from './layout/readings.ts';
import type { SourceLine } from './lines.ts';
import { RepairLog } from './repair-log.ts';
import { joinColumnBreaks } from './repairs/column-break.ts';
import { removeCredits } from './repairs/credits.ts';
import { normalizePunctuation } from './repairs/punctuation.ts';
import { excerpt } from './text.ts';
import type { ImportNotice, ParseOptions, ParsedBriefing, ParsedDocument } from './types.ts';

const FALLBACK_TITLE_CHARS = 30;

interface Outline {
  masthead: string | null;
  spans: DocumentSpan[];
  reading: ChosenReading;
}

/**
 * Splits the page where the chosen reading puts its openings. A title line at
 * the very top is the briefing's masthead only when it does not open a
 * document itself and documents follow; otherwise the briefing has no title.
 */
function outline(lines: SourceLine[], before: Furniture[][]): Outline {
  const reading = chooseReading(lines, before);
  const openings = reading.reading.openings;
  const first = lines[0];
  // Only an opening that names a speaker or a byline proves a document starts; a bare title mark may be the page's own.
  const firstProven = openings.find((o) => o.shape !== 'hint');
  const hasMasthead =
    first !== undefined &&
    firstProven !== undefined &&
    firstProven.start > 0 &&
    canBeTitle(first) &&
    !openings.some((o) => o.start > 0 && o.start < firstProven.start);
  const kept = openings.filter((o) => !(hasMasthead && o.start === 0));
  const spans = kept.map((o, k) => ({
    start: o.start,
    titleAt: o.title,
    end: kept[k + 1]?.start ?? lines.length,
    confidence: reading.confidence.get(o.start) ?? 0.5,
  }));
  return { masthead: hasMasthead && first ? first.text : null, spans, reading };
}

/** A text without openings is one document, titled by its first line if that reads as a title. */
function singleSpan(lines: SourceLine[]): DocumentSpan {
  const first = lines[0];
  const titled = first !== undefined && canBeTitle(first);
  return { start: 0, titleAt: titled ? 0 : null, end: lines.length, confidence: 0.5 };
}

/** A page prints its source once; every document on it was printed there. */
function inheritSource(documents: ParsedDocument[]): ParsedDocument[] {
  const firstSource = documents.find((d) => d.source)?.source ?? null;
  let last = firstSource;
  return documents.map((d) => {
    last = d.source ?? last;
    return { ...d, source: d.source ?? last };
  });
}

function prefaceOf(lines: SourceLine[], log: RepairLog, notices: ImportNotice[]): string | null {
  if (lines.length === 0) return null;
  const joined = joinColumnBreaks(lines, log, notices).map((l) => l.text);
  const normalized = joined.map((t) => normalizePunctuation(t));
  const count = normalized.reduce((sum, n) => sum + n.count, 0);
  const apply = count > 0 && log.apply(notices, '\u0000preface', { kind: 'punctuation-normalized', count });
  return (apply ? normalized.map((n) => n.text) : joined).join('\n');
}

/** The structure parser every reader ends in: lines in, briefing out. */
export function parseLines(input: SourceLine[], options: ParseOptions = {}): ParsedBriefing {
  if (input.length === 0) throw new ImportFailure('empty');
  const log = new RepairLog(options);
  const notices: ImportNotice[] = [];
  const { lines, credits } = removeCredits(input, log, notices);
  if (lines.length === 0) throw new ImportFailure('no-text', 'only credits');

  const page = takeFurniture(lines);
  const { masthead, spans, reading } = outline(page.lines, page.before);
  const fallbackTitle = options.fallbackTitle ?? excerpt(page.lines[0]?.text ?? lines[0]!.text, FALLBACK_TITLE_CHARS);
  const firstSpan = spans[0];
  const documents = inheritSource(
    (firstSpan === undefined ? [singleSpan(page.lines)] : spans).map((span) => readDocument(page.lines, page.before, span, log, fallbackTitle)),
  );
  const furnitureCredits = page.before.flat().flatMap((f) => (f.kind === 'photo' || f.kind === 'box' ? [f.text] : []));
  const allCredits = [...credits, ...furnitureCredits];
  const credited = allCredits.length > 0 ? { credits: allCredits } : {};
  // A text whose every line went into titles and headers (a one-line note, a lone <h1>)
  // would leave the reader nothing to read: its lines are then one document's body,
  // under the file's name.
  if (documents.every((d) => d.blocks.length === 0)) {
    const title = fallbackTitle;
    const body = page.lines.map((l) => ({ text: l.text }));
    return { title: null, preface: null, notices, documents: [buildDocument({ title, unit: null, speaker: null }, body, log)], ...credited };
  }
  const prefaceLines = firstSpan === undefined ? [] : page.lines.slice(masthead === null ? 0 : 1, firstSpan.start);
  const preface = prefaceOf(prefaceLines, log, notices);
  const chosen = { chosen: reading.reading.name, score: reading.reading.score, alternatives: reading.alternatives };
  return { title: masthead, preface, notices, documents, ...credited, reading: chosen };
}
