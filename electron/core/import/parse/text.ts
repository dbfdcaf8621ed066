/** Character classes and small text helpers shared by the readers and the repairs. */

const HAN = /\p{Script=Han}/u;
/** Punctuation that only appears in Chinese (and Japanese) typesetting. */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7《》〈〉【】]/u;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.test(ch);
}

export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** A sentence is complete when it ends in one of these, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？；：!?;:…][”’」』）)》"']*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Chinese lines join with nothing between them, Latin words with one space. */
export function joinText(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const last = a.at(-1);
  const first = b[0];
  return isCjk(last) || isCjk(first) ? a + b : `${a} ${b}`;
}

/** A UTF-16 half without its other half (with the `u` flag a pair is one code point and never matches). */
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/**
 * Trims ASCII and ideographic whitespace and drops zero-width characters that survive
 * copy and paste. Every reader's text passes here, so it is also where text from a
 * damaged file (a PDF's broken font, a Word file's `&#0;`) loses what is not text:
 * layout controls become spaces, other C0/C1 controls and NULs go, and a lone
 * surrogate becomes U+FFFD; stored text is always well-formed and printable.
 */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

/** Code points, not UTF-16 units, so a length limit means the same for every script. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A short excerpt for notice messages. */
export function excerpt(text: string, max: number, from: 'start' | 'end' = 'start'): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  return from === 'start' ? chars.slice(0, max).join('') : chars.slice(-max).join('');
}
