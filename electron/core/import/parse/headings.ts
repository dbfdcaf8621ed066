import type { HeadingLevel } from './types.ts';
import { charLength } from './text.ts';

export interface HeadingMatch {
  level: HeadingLevel;
  /** The value of the number, for putting sections back in order. */
  number: number;
  /** The heading as printed, numbering included. */
  heading: string;
  /** Text printed on the same line after a run-in heading, or null. */
  rest: string | null;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_NUMERAL = '[一二三四五六七八九十百〇零两]+';

const MARKERS: ReadonlyArray<{ level: HeadingLevel; pattern: RegExp; chinese: boolean }> = [
  { level: 1, pattern: new RegExp(`^(${CN_NUMERAL})\\s*[、．]\\s*`, 'u'), chinese: true },
  { level: 2, pattern: new RegExp(`^[（(]\\s*(${CN_NUMERAL})\\s*[）)]\\s*`, 'u'), chinese: true },
  // `3.5万` is a number, not a heading: the dot must not be followed by a digit.
  { level: 3, pattern: /^(\d{1,2})\s*(?:[.．](?!\d)|、)\s*/u, chinese: false },
  { level: 4, pattern: /^[（(]\s*(\d{1,2})\s*[）)]\s*/u, chinese: false },
];

/** A heading that is the whole line: headlines in these packs stay short. */
const MAX_HEADING = 60;
/** A run-in heading is the first sentence; a longer one is a numbered paragraph. */
const MAX_RUN_IN_HEADING = 50;
const HEADING_STOP = /[。；;！？!?]/u;

/** `十一` → 11, `二十` → 20; digit strings like `一二` are not heading numbers. */
export function chineseNumberValue(numeral: string): number | null {
  let total = 0;
  let current: number | null = null;
  for (const ch of numeral.replace(/两/gu, '二').replace(/零/gu, '〇')) {
    const digit = CN_DIGITS.indexOf(ch);
    if (digit >= 0) {
      if (current !== null && digit !== 0 && current !== 0) return null;
      current = digit;
    } else if (ch === '十' || ch === '百') {
      total += (current || 1) * (ch === '十' ? 10 : 100);
      current = null;
    } else {
      return null;
    }
  }
  const value = total + (current ?? 0);
  return value > 0 ? value : null;
}

/** Reads the numbering at the start of a line (`一、` `（一）` `1.` `（1）`) without judging the rest. */
export function readMarker(text: string): { level: HeadingLevel; number: number; body: string } | null {
  for (const { level, pattern, chinese } of MARKERS) {
    const m = pattern.exec(text);
    if (!m || m[1] === undefined) continue;
    const number = chinese ? chineseNumberValue(m[1]) : Number(m[1]);
    if (number === null || number === 0) continue;
    return { level, number, body: text.slice(m[0].length) };
  }
  return null;
}

/**
 * Decides whether a numbered line is a heading. A heading without a full stop is
 * the whole line; one with a full stop or semicolon is a run-in heading that ends
 * there, and the rest of the line is a paragraph under it.
 */
export function detectHeading(text: string): HeadingMatch | null {
  const marker = readMarker(text);
  if (!marker || marker.body.trim() === '') return null;
  const stop = HEADING_STOP.exec(marker.body);
  if (!stop) {
    return charLength(text) <= MAX_HEADING ? { level: marker.level, number: marker.number, heading: text, rest: null } : null;
  }
  const headingLength = text.length - marker.body.length + stop.index + stop[0].length;
  const heading = text.slice(0, headingLength).trimEnd();
  if (charLength(heading) > MAX_RUN_IN_HEADING) return null;
  const rest = text.slice(headingLength).trim();
  return { level: marker.level, number: marker.number, heading, rest: rest === '' ? null : rest };
}
