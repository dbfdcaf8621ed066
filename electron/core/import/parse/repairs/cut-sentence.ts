import { isCreditLine, isUnitLine, parseCaption } from '../captions.ts';
import { detectHeading, readMarker } from '../headings.ts';
import { isStageDirection, readDashCaption, readEnglishLabel, readKicker, readTurnLabel } from '../layout/labels.ts';
import type { SourceLine } from '../lines.ts';
import { charLength, endsSentence } from '../text.ts';

/** Without one of these a short unpunctuated line is more likely a label than a cut sentence. */
const INNER_PUNCT = /[，、；：,;:。]/u;
const MIN_UNPUNCTUATED_CUT = 30;

/** A signature, a kicker or a stage direction is its own line: no sentence runs into or out of it. */
function isLayoutLine(text: string): boolean {
  return readDashCaption(text) !== null || readKicker(text) !== null || isStageDirection(text);
}

/** A turn label starts a new paragraph, though its own words may wrap onto the next line. */
const opensTurn = (text: string): boolean => readTurnLabel(text) !== null || readEnglishLabel(text) !== null;

function isOtherLineKind(line: SourceLine): boolean {
  return line.hint !== undefined || parseCaption(line.text) !== null || isUnitLine(line.text) || isCreditLine(line.text) || isLayoutLine(line.text);
}

/**
 * True when the line's prose stops mid-sentence: no closing punctuation, and
 * enough prose to be a paragraph rather than a heading, title or label. A run-in
 * heading counts by the paragraph that follows its heading.
 */
export function endsMidSentence(line: SourceLine): boolean {
  if (isOtherLineKind(line)) return false;
  const heading = detectHeading(line.text);
  if (heading && heading.rest === null) return false;
  const prose = heading?.rest ?? line.text;
  if (endsSentence(prose)) return false;
  return INNER_PUNCT.test(prose) || charLength(prose) >= MIN_UNPUNCTUATED_CUT;
}

/** True when the line can be the second half of a cut sentence: plain prose, no numbering. */
export function canContinueSentence(line: SourceLine): boolean {
  return !isOtherLineKind(line) && readMarker(line.text) === null && !opensTurn(line.text);
}
