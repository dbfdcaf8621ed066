import { isTitleLike, isUnitLine, parseCaption } from './captions.ts';
import { buildDocument, type DocumentHeader } from './document.ts';
import { ImportFailure } from './import-failure.ts';
import { readMarker } from './headings.ts';
import type { SourceLine } from './lines.ts';
import { RepairLog } from './repair-log.ts';
import { joinColumnBreaks } from './repairs/column-break.ts';
import { removeCredits } from './repairs/credits.ts';
import { normalizePunctuation } from './repairs/punctuation.ts';
import { excerpt } from './text.ts';
import type { ImportNotice, ParseOptions, ParsedBriefing, ParsedDocument } from './types.ts';

const FALLBACK_TITLE_CHARS = 30;

function canBeTitle(line: SourceLine): boolean {
  if (line.hint?.kind === 'title') return true;
  if (line.hint?.kind === 'heading') return readMarker(line.text) === null;
  return isTitleLike(line.text);
}

/** `——在某某会议上的交流发言` under a headline. */
const SUBTITLE = /^[—–]{1,2}\s*\S/u;

function isSubtitle(line: SourceLine | undefined): boolean {
  return line !== undefined && line.hint === undefined && SUBTITLE.test(line.text) && isTitleLike(line.text.replace(/^[—–]+/u, ''));
}

function namesSpeaker(line: SourceLine | undefined): boolean {
  return line !== undefined && line.hint === undefined && (isUnitLine(line.text) || parseCaption(line.text) !== null);
}

/** A speech opens with its headline (and perhaps a dash subtitle) followed by the speaker's unit or caption. */
function opensSpeech(lines: SourceLine[], i: number): boolean {
  const line = lines[i];
  if (line === undefined || isSubtitle(line) || !canBeTitle(line)) return false;
  return namesSpeaker(lines[i + 1]) || (isSubtitle(lines[i + 1]) && namesSpeaker(lines[i + 2]));
}

interface Outline {
  masthead: string | null;
  /** Index of the first line of each document. */
  starts: number[];
}

/**
 * Finds where documents begin. A title line at the very top is the briefing's
 * masthead only when it does not open a speech itself and speeches follow;
 * otherwise the briefing has no title of its own.
 */
function outline(lines: SourceLine[]): Outline {
  const speeches = lines.map((_, i) => i).filter((i) => opensSpeech(lines, i));
  const titled = lines.map((_, i) => i).filter((i) => lines[i]?.hint?.kind === 'title' && !speeches.includes(i));
  const first = lines[0];
  const firstSpeech = speeches[0];
  const hasMasthead =
    first !== undefined &&
    firstSpeech !== undefined &&
    firstSpeech > 0 &&
    canBeTitle(first) &&
    !titled.some((i) => i > 0 && i < firstSpeech);
  const starts = [...speeches, ...titled].filter((i) => !(hasMasthead && i === 0)).sort((a, b) => a - b);
  return { masthead: hasMasthead && first ? first.text : null, starts };
}

function readHeader(lines: SourceLine[], start: number, title: string): { header: DocumentHeader; bodyStart: number } {
  let at = start;
  const subtitle = lines[at];
  const fullTitle = subtitle && isSubtitle(subtitle) ? `${title}${subtitle.text}` : title;
  if (fullTitle !== title) at++;
  const unitLine = lines[at];
  const unit = unitLine && unitLine.hint === undefined && isUnitLine(unitLine.text) ? unitLine.text : null;
  if (unit !== null) at++;
  const captionLine = lines[at];
  const speaker = captionLine && captionLine.hint === undefined ? parseCaption(captionLine.text) : null;
  if (speaker) at++;
  return { header: { title: fullTitle, unit, speaker }, bodyStart: at };
}

function documentAt(lines: SourceLine[], start: number, end: number, log: RepairLog): ParsedDocument {
  const { header, bodyStart } = readHeader(lines, start + 1, lines[start]?.text ?? '');
  return buildDocument(header, lines.slice(bodyStart, end), log);
}

/** A text without speech openings is one document, titled by its first line if that reads as a title. */
function singleDocument(lines: SourceLine[], options: ParseOptions, log: RepairLog): ParsedDocument {
  const first = lines[0];
  const titled = first !== undefined && canBeTitle(first);
  const title = titled ? first.text : (options.fallbackTitle ?? excerpt(first?.text ?? '', FALLBACK_TITLE_CHARS));
  const { header, bodyStart } = readHeader(lines, titled ? 1 : 0, title);
  return buildDocument(header, lines.slice(bodyStart), log);
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

  const { masthead, starts } = outline(lines);
  const firstStart = starts[0];
  const documents =
    firstStart === undefined
      ? [singleDocument(lines, options, log)]
      : starts.map((start, i) => documentAt(lines, start, starts[i + 1] ?? lines.length, log));
  const credited = credits.length > 0 ? { credits } : {};
  // A text whose every line went into titles and headers (a one-line note, a lone <h1>)
  // would leave the reader nothing to read: its lines are then one document's body,
  // under the file's name.
  if (documents.every((d) => d.blocks.length === 0)) {
    const title = options.fallbackTitle ?? excerpt(lines[0]!.text, FALLBACK_TITLE_CHARS);
    const body = lines.map((l) => ({ text: l.text }));
    return { title: null, preface: null, notices, documents: [buildDocument({ title, unit: null, speaker: null }, body, log)], ...credited };
  }
  const prefaceLines = firstStart === undefined ? [] : lines.slice(masthead === null ? 0 : 1, firstStart);
  const preface = prefaceOf(prefaceLines, log, notices);
  return { title: masthead, preface, notices, documents, ...credited };
}
