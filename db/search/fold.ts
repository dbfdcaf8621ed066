/**
 * The search index's alphabet. Text is folded one code point at a time (NFKC, then
 * lower case), so full-width `ＧＤＰ` and `gdp` both become `g d p`, and every folded
 * character ("unit") remembers which stretch of the original text it came from; that
 * is what keeps highlight offsets right in the text as stored.
 *
 * Every unit is exactly one code point, which the FTS5 `ascii` tokenizer keeps whole
 * except for ASCII punctuation and spaces: those it would drop, so they are moved to
 * plane-15 private use code points (U+F0000 + the ASCII code). The few genuine
 * characters in that block become U+FFFD so they cannot pose as punctuation.
 */

const ESCAPE_BASE = 0xf0000;
/** Code points reserved for the index's own use: escapes and sentinels. */
const RESERVED_END = 0xf00ff;
/** Follows a text's last unit, so a one-unit query finds it as the start of a pair. */
export const END_UNIT = String.fromCodePoint(ESCAPE_BASE + 0x80);
/** Opens every filter token (facets.ts): no query's units can start with it. */
export const FACET_MARK = String.fromCodePoint(ESCAPE_BASE + 0x81);
const REPLACEMENT = '\ufffd';

const cache = new Map<number, readonly string[]>();

/** The unit for a folded code point: itself, an escape for ASCII punctuation, or U+FFFD. */
function unitOf(code: number): string {
  if (code < 0x80) {
    const isDigit = code >= 0x30 && code <= 0x39;
    const isLower = code >= 0x61 && code <= 0x7a;
    return isDigit || isLower ? String.fromCharCode(code) : String.fromCodePoint(ESCAPE_BASE + code);
  }
  if (code >= ESCAPE_BASE && code <= RESERVED_END) return REPLACEMENT;
  return String.fromCodePoint(code);
}

function foldSlow(code: number, char: string): readonly string[] {
  let units = cache.get(code);
  if (!units) {
    const folded = code >= 0xd800 && code <= 0xdfff ? REPLACEMENT : char.normalize('NFKC').toLowerCase();
    units = Array.from(folded, (c) => unitOf(c.codePointAt(0) ?? 0));
    cache.set(code, units);
  }
  return units;
}

/** The units one original code point folds to (usually one; `…` gives three dots). */
function foldCodePoint(code: number, char: string): readonly string[] | string {
  // CJK unified ideographs and ASCII letters and digits are most of the text and fold trivially.
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  if (code < 0x80) return unitOf(code >= 0x41 && code <= 0x5a ? code + 32 : code);
  return foldSlow(code, char);
}

/** The folded units of a text, for indexing and for queries. */
export function foldUnits(text: string): string[] {
  const units: string[] = [];
  for (const char of text) {
    const folded = foldCodePoint(char.codePointAt(0) ?? 0, char);
    if (typeof folded === 'string') units.push(folded);
    else units.push(...folded);
  }
  return units;
}

export interface FoldedText {
  /** The folded units, concatenated. */
  text: string;
  /** For each UTF-16 code unit of `text`, the original code point's UTF-16 range. */
  starts: number[];
  ends: number[];
}

/** A text folded with the origin of every unit, for highlighting. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const units = foldCodePoint(char.codePointAt(0) ?? 0, char);
    const piece = typeof units === 'string' ? units : units.join('');
    const end = offset + char.length;
    folded += piece;
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return { text: folded, starts, ends };
}

/**
 * What the index stores for a text: each unit paired with the next (the last with
 * END_UNIT), space-separated. A substring of n ≥ 2 units is then exactly a phrase of
 * n − 1 consecutive pairs, and a single unit a one-character prefix of some pair.
 */
export function indexTokens(text: string): string {
  // Built in one pass without intermediate arrays: this runs over every character imported.
  let tokens = '';
  let previous = '';
  const add = (unit: string): void => {
    if (previous !== '') tokens += `${previous}${unit} `;
    previous = unit;
  };
  for (const char of text) {
    const folded = foldCodePoint(char.codePointAt(0) ?? 0, char);
    if (typeof folded === 'string') add(folded);
    else for (const unit of folded) add(unit);
  }
  return previous === '' ? '' : tokens + previous + END_UNIT;
}
