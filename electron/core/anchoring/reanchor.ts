/**
 * Re-anchoring: finding a stored annotation again in a (possibly changed) document.
 *
 *   1. exact    — the stored position still holds the quote (and its context);
 *   2. moved    — the quote, verbatim, elsewhere: among its occurrences the one whose
 *                 prefix/suffix fit best, then the one nearest the expected position;
 *   3. fuzzy    — an approximate match of the quote within an error budget, scored by
 *                 quote similarity, prefix/suffix similarity and distance;
 *   4. orphan   — none of the above; the annotation is kept, never dropped.
 *
 * Steps 2 and 3 are scored together (weights: quote 50, prefix 20, suffix 20, position 2,
 * as in the Hypothesis client), so a verbatim copy of a common phrase far away (no
 * context) loses to the edited quote where it was (full context). A candidate must also
 * pass {@link acceptable}:
 *   - at most max(1, ⌊20% of the quote⌋) errors;
 *   - a quote of 1–2 characters only where its context fits (mean similarity ≥ 0.75);
 *   - an approximate match only with context on both sides (mean ≥ 0.5, each ≥ 0.3);
 *   - a verbatim quote under 8 characters, or one occurring more than once, only near the
 *     expected place or with its context (mean ≥ 0.5);
 *   - a longer verbatim quote occurring once is always taken.
 * "Expected place" is `options.hint` (reanchorAll maps it from the old version with a
 * block diff), else the stored block range if its blocks still exist, else the stored
 * position.
 */
import { distanceEndingAt, distanceStartingAt, searchApprox, type ApproxMatch } from './approx-match.ts';
import { snapRange, type BlockRange, type CanonicalText, type TextRange } from './canonical-text.ts';
import { createOffsetMap } from './offset-map.ts';
import { describeRange, type StoredAnchor } from './selectors.ts';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  status: AnchorStatus;
  /** Where the annotation is now (global, in the new document); absent for an orphan. */
  range?: TextRange;
  blockRange?: BlockRange;
  /** 0..1: how well quote, context and position agree; 1 for an untouched anchor. */
  score?: number;
  /** Edit distance between the stored quote and `newText`. */
  errors?: number;
  /** The stored quote. */
  oldText: string;
  /** The text at `range`. */
  newText?: string;
  /** Fresh selectors for `range`, to store once the result is accepted. */
  anchor?: StoredAnchor;
}

export interface AnchorOptions {
  /** Where the quote is expected to start in the new document (e.g. mapped from the old one). */
  hint?: number;
  /**
   * The caller knows the text at `hint` is the annotated text, if still there (it lies in
   * blocks a diff found unchanged): the quote there is accepted whatever its context.
   */
  trustHint?: boolean;
}

/** Budget of the fuzzy step: errors allowed per code unit of quote, and at least one. */
export const ERROR_RATE = 0.2;
/** Quotes this short are placed only where their context fits. */
const TINY_QUOTE = 2;
/** Quotes shorter than this are common words: away from the expected place they need context. */
const SHORT_QUOTE = 8;
/** Longer quotes are searched document-wide through exact seeds, not in full. */
const LONG_QUOTE = 256;
const SEED_LENGTH = 16;
const MAX_EXACT_CANDIDATES = 1000;
const MAX_FUZZY_CANDIDATES = 64;
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

export function maxErrorsFor(quoteLength: number): number {
  return Math.max(1, Math.floor(quoteLength * ERROR_RATE));
}

interface Candidate extends ApproxMatch {
  prefixSim: number;
  suffixSim: number;
  score: number;
}

interface Context {
  doc: CanonicalText;
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
  budget: number;
  /** The quote occurs verbatim more than once: an occurrence needs its context or the expected place. */
  ambiguous: boolean;
}

function prefixSimilarity(cx: Context, start: number): number {
  const n = cx.prefix.length;
  if (n === 0) return 1;
  const window = cx.doc.text.slice(Math.max(0, start - n - Math.ceil(n / 2)), start);
  return 1 - distanceEndingAt(cx.prefix, window) / n;
}

function suffixSimilarity(cx: Context, end: number): number {
  const n = cx.suffix.length;
  if (n === 0) return 1;
  const window = cx.doc.text.slice(end, end + n + Math.ceil(n / 2));
  return 1 - distanceStartingAt(cx.suffix, window) / n;
}

function score(cx: Context, match: ApproxMatch): Candidate {
  const prefixSim = prefixSimilarity(cx, match.start);
  const suffixSim = suffixSimilarity(cx, match.end);
  const quoteSim = 1 - match.errors / cx.exact.length;
  const positionSim = 1 - Math.min(1, Math.abs(match.start - cx.hint) / Math.max(1, cx.doc.length));
  const total = WEIGHT.quote * quoteSim + WEIGHT.prefix * prefixSim + WEIGHT.suffix * suffixSim + WEIGHT.position * positionSim;
  return { ...match, prefixSim, suffixSim, score: total / WEIGHT_TOTAL };
}

const contextOf = (c: Candidate): number => (c.prefixSim + c.suffixSim) / 2;

function acceptable(cx: Context, c: Candidate): boolean {
  const m = cx.exact.length;
  if (c.errors > cx.budget) return false;
  if (m <= TINY_QUOTE) return contextOf(c) >= 0.75;
  const near = Math.abs(c.start - cx.hint) <= Math.max(64, 2 * m);
  if (c.errors > 0) return contextOf(c) >= 0.5 && Math.min(c.prefixSim, c.suffixSim) >= 0.3;
  if (m < SHORT_QUOTE || cx.ambiguous) return near || contextOf(c) >= 0.5;
  return true;
}

const lengthGap = (cx: Context, c: Candidate): number => Math.abs(c.end - c.start - cx.exact.length);
const overlap = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;

/**
 * Overlapping spans with the same errors are one place read two ways (`…特训` by a deletion,
 * `…特训营` by a substitution): the length nearest the quote's wins, so a highlight never
 * loses a character to a tie, then context, then nearness to the expected place. Apart from
 * that the weighted score decides, so context can outweigh an error elsewhere.
 */
function better(cx: Context, a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (a.errors === b.errors && overlap(a, b)) {
    const byLength = lengthGap(cx, b) - lengthGap(cx, a);
    if (byLength !== 0) return byLength > 0;
    const byContext = contextOf(a) - contextOf(b);
    if (byContext !== 0) return byContext > 0;
    return Math.abs(a.start - cx.hint) < Math.abs(b.start - cx.hint);
  }
  return a.score > b.score || (a.score === b.score && a.errors < b.errors);
}

/** Exact occurrences, nearest the hint first when there are very many. */
function exactMatches(cx: Context): ApproxMatch[] {
  const { text } = cx.doc;
  const m = cx.exact.length;
  const starts: number[] = [];
  for (let i = text.indexOf(cx.exact); i !== -1; i = text.indexOf(cx.exact, i + 1)) starts.push(i);
  if (starts.length > MAX_EXACT_CANDIDATES) {
    starts.sort((a, b) => Math.abs(a - cx.hint) - Math.abs(b - cx.hint));
    starts.length = MAX_EXACT_CANDIDATES;
  }
  return starts.map((start) => ({ start, end: start + m, errors: 0 }));
}

function fuzzyIn(cx: Context, from: number, to: number): ApproxMatch[] {
  return searchApprox(cx.doc.text, cx.exact, cx.budget, { from, to, skipExact: true, limit: MAX_FUZZY_CANDIDATES });
}

/** Fuzzy matches near the hint. */
function fuzzyNear(cx: Context): ApproxMatch[] {
  const m = cx.exact.length;
  const reach = Math.max(512, 2 * m) + cx.budget;
  return fuzzyIn(cx, cx.hint - reach, cx.hint + m + reach);
}

/** Fuzzy matches anywhere: a full scan for ordinary quotes, around exact seeds for long ones. */
function fuzzyAnywhere(cx: Context): ApproxMatch[] {
  const m = cx.exact.length;
  if (m <= LONG_QUOTE) return fuzzyIn(cx, 0, cx.doc.length);
  const { text } = cx.doc;
  const seeds = Math.min(32, Math.floor(m / SEED_LENGTH));
  const votes = new Map<number, number>();
  for (let s = 0; s < seeds; s++) {
    const offset = Math.floor((s * (m - SEED_LENGTH)) / Math.max(1, seeds - 1));
    const seed = cx.exact.slice(offset, offset + SEED_LENGTH);
    let hits = 0;
    for (let i = text.indexOf(seed); i !== -1 && hits < 20; i = text.indexOf(seed, i + 1), hits++) {
      // Bucket by expected start so nearby votes add up.
      const bucket = Math.floor((i - offset) / Math.max(1, cx.budget));
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  const buckets = [...votes].sort((a, b) => b[1] - a[1]).slice(0, 4);
  const out: ApproxMatch[] = [];
  for (const [bucket] of buckets) {
    const start = bucket * Math.max(1, cx.budget);
    out.push(...fuzzyIn(cx, start - 2 * cx.budget - SEED_LENGTH, start + m + 3 * cx.budget + SEED_LENGTH));
  }
  return out;
}

/**
 * A 1–2 character quote cannot be searched for approximately on its own: look for its
 * prefix near the hint and accept what lies between it and the suffix.
 */
function bracketed(cx: Context): ApproxMatch[] {
  const { text } = cx.doc;
  const m = cx.exact.length;
  if (cx.prefix.length < 4 || cx.suffix.length < 4) return [];
  const reach = 512;
  const prefixBudget = Math.floor(cx.prefix.length / 4);
  const out: ApproxMatch[] = [];
  const prefixes = searchApprox(text, cx.prefix, prefixBudget, { from: cx.hint - reach - cx.prefix.length, to: cx.hint + reach, limit: 8 });
  for (const { end: start } of prefixes) {
    for (let length = Math.max(1, m - cx.budget); length <= m + cx.budget && start + length <= text.length; length++) {
      const errors = levenshteinSmall(cx.exact, text.slice(start, start + length));
      if (errors <= cx.budget) out.push({ start, end: start + length, errors });
    }
  }
  return out;
}

/** Edit distance for strings of a few characters. */
function levenshteinSmall(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

function resultFor(doc: CanonicalText, stored: StoredAnchor, match: ApproxMatch, candidateScore: number): AnchorResult {
  const range = snapRange(doc.text, match);
  const newText = doc.slice(range);
  const same = newText === stored.quote.exact;
  const status: AnchorStatus = !same
    ? 'fuzzy'
    : range.start === stored.position.start && range.end === stored.position.end
      ? 'exact'
      : 'moved';
  const anchor = describeRange(doc, range);
  return {
    status,
    range,
    ...(anchor.blockRange ? { blockRange: anchor.blockRange } : {}),
    score: Math.round(candidateScore * 1000) / 1000,
    errors: same ? 0 : match.errors,
    oldText: stored.quote.exact,
    newText,
    anchor,
  };
}

/** Places one stored annotation in `doc`. */
export function anchor(doc: CanonicalText, stored: StoredAnchor, options: AnchorOptions = {}): AnchorResult {
  const exact = stored.quote.exact;
  const prefix = stored.quote.prefix ?? '';
  const suffix = stored.quote.suffix ?? '';
  const orphan: AnchorResult = { status: 'orphan', oldText: exact };
  if (exact.length === 0 || doc.spans.length === 0) return orphan;
  const { text } = doc;
  const m = exact.length;

  const fromBlocks = stored.blockRange ? doc.toRange(stored.blockRange) : null;
  const hint = Math.min(Math.max(0, Math.round(options.hint ?? fromBlocks?.start ?? stored.position.start)), text.length);

  // 1. Quote and context unchanged at the stored position, the block position or the hint.
  for (const start of new Set([stored.position.start, fromBlocks?.start ?? -1, hint])) {
    if (start < 0 || !text.startsWith(exact, start)) continue;
    if (text.slice(Math.max(0, start - prefix.length), start) !== prefix) continue;
    if (text.slice(start + m, start + m + suffix.length) !== suffix) continue;
    return resultFor(doc, stored, { start, end: start + m, errors: 0 }, 1);
  }

  const cx: Context = { doc, exact, prefix, suffix, hint, budget: maxErrorsFor(m), ambiguous: false };
  if (options.trustHint && options.hint === hint && text.startsWith(exact, hint)) {
    const match = { start: hint, end: hint + m, errors: 0 };
    return resultFor(doc, stored, match, score(cx, match).score);
  }
  let best: Candidate | null = null;
  const consider = (matches: readonly ApproxMatch[]): void => {
    for (const match of matches) {
      const c = score(cx, match);
      if (acceptable(cx, c) && better(cx, c, best)) best = c;
    }
  };
  const settled = (): boolean => best !== null && contextOf(best) >= 0.75;

  // 2. The quote verbatim elsewhere.
  const verbatim = exactMatches(cx);
  cx.ambiguous = verbatim.length > 1;
  consider(verbatim);
  // 3. Approximately: near the expected place, then anywhere.
  if (!settled()) {
    if (m <= TINY_QUOTE) {
      consider(bracketed(cx));
    } else {
      consider(fuzzyNear(cx));
      if (!settled()) consider(fuzzyAnywhere(cx));
    }
  }
  const found = best as Candidate | null;
  return found ? resultFor(doc, stored, found, found.score) : orphan;
}

export interface AnnotationToAnchor<Id = string | number> extends StoredAnchor {
  id: Id;
}

export type ReanchorItem<Id> = AnchorResult & { id: Id };

export interface ReanchorSummary {
  total: number;
  /** Same quote, same offsets. */
  stayed: number;
  /** Same quote, other offsets (text moved around it). */
  moved: number;
  /** Quote text changed; placed approximately — worth a look in the review. */
  fuzzy: number;
  /** Not placed; kept for the user to re-attach. */
  orphaned: number;
}

export interface ReanchorOutcome<Id> {
  summary: ReanchorSummary;
  /** One per annotation, in the order given. */
  results: ReanchorItem<Id>[];
}

/**
 * Re-anchors every annotation of a document from its old version to its new one (after
 * a re-import or an edit). The old version only serves to predict where text went.
 */
export function reanchorAll<Id>(
  oldDoc: CanonicalText,
  newDoc: CanonicalText,
  annotations: readonly AnnotationToAnchor<Id>[],
): ReanchorOutcome<Id> {
  const mapOffset = oldDoc.length > 0 && newDoc.length > 0 ? createOffsetMap(oldDoc, newDoc) : null;
  const summary: ReanchorSummary = { total: annotations.length, stayed: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const results = annotations.map((annotation): ReanchorItem<Id> => {
    const { id, ...stored } = annotation;
    const from = mapOffset?.(stored.position.start);
    const to = mapOffset?.(stored.position.end);
    const options: AnchorOptions = from ? { hint: from.offset, trustHint: from.paired && to?.paired === true } : {};
    const result = anchor(newDoc, stored, options);
    if (result.status === 'exact') summary.stayed++;
    else if (result.status === 'moved') summary.moved++;
    else if (result.status === 'fuzzy') summary.fuzzy++;
    else summary.orphaned++;
    return { id, ...result };
  });
  return { summary, results };
}
