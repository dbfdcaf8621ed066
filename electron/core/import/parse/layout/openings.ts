import { isTitleLike, isUnitLine, parseCaption } from '../captions.ts';
import { readMarker } from '../headings.ts';
import type { SourceLine } from '../lines.ts';
import type { Furniture } from './furniture.ts';
import { isGuestListHead, readInlineGuests, readInterviewSubtitle, readKicker, readTopic } from './labels.ts';

/** Where a document may begin, and the shape of its opening lines. */
export interface Opening {
  /** First line of the document: its kicker when it has one, else its title. */
  start: number;
  title: number;
  /** `caption`, `unit+caption`, `byline`, `hint`…: openings of one shape are evidence for each other. */
  shape: string;
  /** Lines the opening explains (kicker, title, subtitle, unit, caption, byline). */
  explains: number;
  hinted: boolean;
}

export function canBeTitle(line: SourceLine): boolean {
  if (line.hint?.kind === 'title') return true;
  if (line.hint?.kind === 'heading') return readMarker(line.text) === null && readKicker(line.text) === null;
  return isTitleLike(line.text) && readKicker(line.text) === null;
}

/** `——在某某会议上的交流发言`, `——访某某市长张三` under a headline. */
const SUBTITLE = /^[—–]{1,2}\s*\S/u;

export function isSubtitle(line: SourceLine | undefined): boolean {
  if (line === undefined || line.hint?.kind === 'title' || !SUBTITLE.test(line.text)) return false;
  return isTitleLike(line.text.replace(/^[—–]+/u, '')) || readInterviewSubtitle(line.text) !== null;
}

function namesSpeaker(line: SourceLine | undefined): 'unit' | 'caption' | null {
  if (line === undefined || line.hint !== undefined) return null;
  if (parseCaption(line.text) !== null) return 'caption';
  return isUnitLine(line.text) ? 'unit' : null;
}

/** What may stand above a headline as part of its opening: a kicker, a bracketed topic, or its speaker's caption. */
function leadOf(above: SourceLine, parts: string[]): 'kicker' | 'topic' | 'caption-first' | null {
  if (readKicker(above.text) !== null) return 'kicker';
  if (readTopic(above.text) !== null) return 'topic';
  return !parts.includes('caption') && !parts.includes('unit') && isCaption(above) ? 'caption-first' : null;
}

/** A caption printed above the headline it belongs to; a format may mark it as a small heading. */
const isCaption = (line: SourceLine): boolean => line.hint?.kind !== 'title' && parseCaption(line.text) !== null;

const isByline = (items: Furniture[] | undefined): boolean => (items ?? []).some((f) => f.kind === 'byline' || (f.kind === 'source' && f.authors.length > 0));

/**
 * Reads line i as a possible headline and says what follows it: a unit and/or
 * caption (a speech), a byline (a reported piece), or only a format's title mark.
 */
export function openingAt(lines: SourceLine[], before: Furniture[][], i: number): Opening | null {
  const line = lines[i];
  if (line === undefined || isSubtitle(line) || !canBeTitle(line)) return null;
  let at = i + 1;
  const parts: string[] = [];
  if (isSubtitle(lines[at]) && !isByline(before[at])) {
    parts.push('subtitle');
    at++;
  }
  const first = isByline(before[at]) ? null : namesSpeaker(lines[at]);
  if (first === 'unit') {
    parts.push('unit');
    at++;
    if (namesSpeaker(lines[at]) === 'caption') {
      parts.push('caption');
      at++;
    }
  } else if (first === 'caption') {
    parts.push('caption');
    at++;
  }
  if (!parts.includes('unit') && !parts.includes('caption') && isByline(before[at])) parts.push('byline');
  // An interview opens with its guests: `访谈嘉宾：` under the headline, the guests on its line or the next.
  const next = lines[at];
  if (parts.length === 0 && next && next.hint === undefined && (isGuestListHead(next.text) || readInlineGuests(next.text) !== null)) parts.push('guests');
  const hinted = line.hint?.kind === 'title';
  const above = lines[i - 1];
  const lead = above === undefined || above.hint?.kind === 'title' ? null : leadOf(above, parts);
  if (parts.filter((p) => p !== 'subtitle').length === 0 && !hinted && lead === null) return null;
  return {
    start: lead ? i - 1 : i,
    title: i,
    shape: [lead ?? '', ...parts, hinted ? 'hint' : ''].filter((p) => p !== '').join('+'),
    explains: 1 + parts.length + (lead ? 1 : 0),
    hinted,
  };
}
