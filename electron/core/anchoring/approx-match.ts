/**
 * Approximate string matching under edit distance (insertions, deletions,
 * substitutions of UTF-16 code units), bit-parallel after G. Myers, "A fast
 * bit-vector algorithm for approximate string matching based on dynamic
 * programming" (J. ACM 1999), with the pattern cut into 32-row blocks so any length
 * works. Time O(n·⌈m/32⌉) for a text of n and a pattern of m code units.
 */

export interface ApproxMatch {
  /** `[start, end)` in the searched text. */
  start: number;
  end: number;
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

const WORD = 32;
const HIGH_BIT = 1 << 31;

/** Code unit → 1 + index of that unit among the pattern's distinct units; 0 = not in the pattern. Reset after use. */
const slotOf = new Int32Array(0x10000);

/**
 * `scores[i]` = edit distance of `pattern` to the best substring of `text[from, to)` ending at
 * `from + i + 1`. With `anchored`, substrings must start at `from` (plain edit distance of prefixes).
 */
export function columnScores(pattern: string, text: string, from = 0, to = text.length, anchored = false): Int32Array {
  const m = pattern.length;
  const n = Math.max(0, to - from);
  const scores = new Int32Array(n);
  if (m === 0) {
    if (anchored) for (let i = 0; i < n; i++) scores[i] = i + 1;
    return scores;
  }
  const blocks = Math.ceil(m / WORD);
  const units: number[] = [];
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    if (slotOf[code] === 0) {
      units.push(code);
      slotOf[code] = units.length;
    }
  }
  try {
    const peq = new Int32Array((units.length + 1) * blocks);
    for (let i = 0; i < m; i++) {
      const slot = slotOf[pattern.charCodeAt(i)] as number;
      peq[slot * blocks + (i >> 5)] = (peq[slot * blocks + (i >> 5)] as number) | (1 << (i & 31));
    }
    if (blocks === 1) {
      singleBlock(peq, m, text, from, n, anchored, scores);
      return scores;
    }
    const pv = new Int32Array(blocks).fill(-1);
    const mv = new Int32Array(blocks);
    const last = blocks - 1;
    const lastBit = 1 << ((m - 1) & 31);
    let score = m;
    const hinTop = anchored ? 1 : 0;
    for (let j = 0; j < n; j++) {
      const base = (slotOf[text.charCodeAt(from + j)] as number) * blocks;
      let hin = hinTop;
      for (let b = 0; b < blocks; b++) {
        const Pv = pv[b] as number;
        const Mv = mv[b] as number;
        let eq = peq[base + b] as number;
        const xv = eq | Mv;
        if (hin < 0) eq |= 1;
        const xh = (((eq & Pv) + Pv) ^ Pv) | eq;
        let ph = Mv | ~(xh | Pv);
        let mh = Pv & xh;
        const high = b === last ? lastBit : HIGH_BIT;
        const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      scores[j] = score;
    }
    return scores;
  } finally {
    for (const code of units) slotOf[code] = 0;
  }
}

/** The same step for a pattern of at most 32 units, state in locals (the common case, ~2× faster). */
function singleBlock(peq: Int32Array, m: number, text: string, from: number, n: number, anchored: boolean, scores: Int32Array): void {
  let Pv = -1;
  let Mv = 0;
  let score = m;
  const high = 1 << (m - 1);
  for (let j = 0; j < n; j++) {
    const eq = peq[slotOf[text.charCodeAt(from + j)] as number] as number;
    const xv = eq | Mv;
    const xh = (((eq & Pv) + Pv) ^ Pv) | eq;
    let ph = Mv | ~(xh | Pv);
    let mh = Pv & xh;
    if ((ph & high) !== 0) score++;
    else if ((mh & high) !== 0) score--;
    ph = (ph << 1) | (anchored ? 1 : 0);
    mh <<= 1;
    Pv = mh | ~(xv | ph);
    Mv = ph & xv;
    scores[j] = score;
  }
}

const reverse = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
};

/** Least edit distance of `pattern` to a substring of `text` that ends where `text` ends (free start). */
export function distanceEndingAt(pattern: string, text: string): number {
  if (text.length === 0) return pattern.length;
  return Math.min(pattern.length, columnScores(pattern, text).at(-1) as number);
}

/** Least edit distance of `pattern` to a substring of `text` that starts where `text` starts (free end). */
export function distanceStartingAt(pattern: string, text: string): number {
  if (text.length === 0) return pattern.length;
  const scores = columnScores(pattern, text, 0, text.length, true);
  let best = pattern.length;
  for (const s of scores) if (s < best) best = s;
  return best;
}

/**
 * Where the alignment ending at `end` with `errors` errors starts: searches the pattern
 * reversed, anchored at `end`, and takes the length nearest the pattern's among the best.
 */
function startOf(pattern: string, text: string, end: number, errors: number, floor: number): number {
  const from = Math.max(floor, end - pattern.length - errors);
  const scores = columnScores(reverse(pattern), reverse(text.slice(from, end)), 0, end - from, true);
  let best = pattern.length;
  let bestLength = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    const length = i + 1;
    if (s < best || (s === best && Math.abs(length - pattern.length) < Math.abs(bestLength - pattern.length))) {
      best = s;
      bestLength = length;
    }
  }
  return end - bestLength;
}

export interface SearchOptions {
  /** Search only `text[from, to)`. */
  from?: number;
  to?: number;
  /** Keep at most this many matches, fewest errors first. */
  limit?: number;
  /** Leave out exact matches (when the caller has them already). */
  skipExact?: boolean;
}

/**
 * Matches of `pattern` in `text` with at most `maxErrors` errors, fewest errors first.
 */
export function searchApprox(text: string, pattern: string, maxErrors: number, options: SearchOptions = {}): ApproxMatch[] {
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (pattern.length === 0 || to <= from) return [];
  const scores = columnScores(pattern, text, from, to);
  // One match per run of consecutive ends within budget: the run's best (all of them on a tie,
  // so "aa" in "aaaa" gives three matches but a near miss next to a hit is not a second match).
  const ends: { end: number; errors: number }[] = [];
  for (let i = 0; i < scores.length; ) {
    if ((scores[i] as number) > maxErrors) {
      i++;
      continue;
    }
    let runEnd = i;
    let best = Infinity;
    while (runEnd < scores.length && (scores[runEnd] as number) <= maxErrors) best = Math.min(best, scores[runEnd++] as number);
    for (let j = i; j < runEnd; j++) {
      if (scores[j] === best && !(options.skipExact && best === 0)) ends.push({ end: from + j + 1, errors: best });
    }
    i = runEnd;
  }
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  const limited = options.limit === undefined ? ends : ends.slice(0, options.limit);
  const seen = new Set<string>();
  const matches: ApproxMatch[] = [];
  for (const { end, errors } of limited) {
    const start = startOf(pattern, text, end, errors, from);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push({ start, end, errors });
  }
  return matches;
}
