import { isCjk, isHan } from '../text.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

// Characters a URL may contain; Chinese text around a URL has no spaces, so `\S+` would swallow it.
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gu;
const SPACE = /[ \u3000\u00a0]/u;
const CJK_CLASS = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’《》…—]';
const STRAY_SPACE = new RegExp(`(?<=${CJK_CLASS})[ \\u3000\\u00a0]+(?=${CJK_CLASS})`, 'gu');

interface Normalized {
  text: string;
  count: number;
}

/** Marks, per code point, what lies inside a URL. */
function urlMask(chars: string[]): boolean[] {
  const mask = new Array<boolean>(chars.length).fill(false);
  const unitToChar: number[] = [];
  chars.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k++) unitToChar.push(i);
  });
  for (const m of chars.join('').matchAll(URL)) {
    // Punctuation right after a URL belongs to the sentence, not the address.
    const url = m[0].replace(/[,;:!?.)]+$/u, '');
    const start = unitToChar[m.index] ?? 0;
    const end = unitToChar[m.index + url.length - 1] ?? start;
    mask.fill(true, start, end + 1);
  }
  return mask;
}

function neighbour(chars: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    const ch = chars[i];
    if (ch !== undefined && !SPACE.test(ch)) return ch;
  }
  return undefined;
}

/** Pairs `(`…`)` so both sides of a pair are converted together. */
function pairParens(chars: string[], skip: boolean[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (skip[i]) return;
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start !== undefined) {
        pairs.set(start, i);
        pairs.set(i, start);
      }
    }
  });
  return pairs;
}

function parenPairIsChinese(chars: string[], start: number, end: number): boolean {
  if (isHan(neighbour(chars, start, -1)) || isCjk(neighbour(chars, end, 1))) return true;
  return chars.slice(start + 1, end).some((ch) => isHan(ch));
}

/**
 * Half-width `, ; : ? ! ( )` beside Chinese become full-width, and spaces between
 * Chinese characters go. Number and Latin contexts (`3.5`, `GDP, CPI`, `8:30`,
 * URLs) are left alone: a mark converts only when Chinese is next to it.
 */
export function normalizePunctuation(text: string, options: { keepSpaces?: boolean } = {}): Normalized {
  const chars = Array.from(text);
  const skip = urlMask(chars);
  const pairs = pairParens(chars, skip);
  let count = 0;
  const out: string[] = [];
  chars.forEach((ch, i) => {
    const full = FULL_WIDTH[ch];
    if (skip[i] || full === undefined) {
      out.push(ch);
      return;
    }
    // The left side is read from the output, so `县(市),2023` sees the `）` it has just become.
    const left = neighbour(out, out.length, -1);
    const right = neighbour(chars, i, 1);
    const partner = pairs.get(i);
    const chinese =
      partner !== undefined
        ? parenPairIsChinese(chars, Math.min(i, partner), Math.max(i, partner))
        : isCjk(left) || isHan(right);
    if (chinese) count++;
    out.push(chinese ? full : ch);
  });
  const converted = out.join('');
  if (options.keepSpaces) return { text: converted, count };
  const spaced = converted.replace(STRAY_SPACE, () => {
    count++;
    return '';
  });
  return { text: spaced, count };
}
