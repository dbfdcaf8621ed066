import { CanonicalText, type TextBlock } from './canonical-text.ts';
import { describeRange, type StoredAnchor } from './selectors.ts';

/** A document of the given block texts, ids counting from `firstId`. */
export function docOf(texts: readonly string[], firstId = 1): CanonicalText {
  return CanonicalText.fromBlocks(texts.map((text, i): TextBlock => ({ id: firstId + i, text })));
}

/** Annotates the `occurrence`-th (from 0) occurrence of `quote` in `doc`. */
export function annotate(doc: CanonicalText, quote: string, occurrence = 0): StoredAnchor {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = doc.text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`no occurrence ${occurrence} of ${quote}`);
  }
  return describeRange(doc, { start: at, end: at + quote.length });
}

/** Deterministic pseudo-random numbers in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}
