/**
 * Offsets in Unicode code points, as the W3C TextPositionSelector counts them, against
 * the UTF-16 offsets the app stores (see canonical-text.ts): a character outside the BMP
 * (e.g. 𠀀, common in Chinese names) is one code point but two UTF-16 units.
 */

/** The code point offset of UTF-16 offset `utf16` in `text` (a half pair counts as its whole character). */
export function toCodePointOffset(text: string, utf16: number): number {
  const end = Math.min(Math.max(0, utf16), text.length);
  let points = 0;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A high surrogate followed by a low one: both units are one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && i + 1 < end) i++;
    points++;
  }
  return points;
}

/**
 * toCodePointOffset for many offsets into one text: the text's surrogate pairs are
 * found once, so converting each offset no longer walks the text from its start
 * (a thousand annotations in a long document took a second).
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  // The index of each pair's second unit: an offset past it has one unit more than points.
  const seconds: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const previous = text.charCodeAt(i - 1);
    if (unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff) seconds.push(i);
  }
  return (utf16) => {
    const end = Math.min(Math.max(0, utf16), text.length);
    let lo = 0;
    let hi = seconds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (seconds[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return end - lo;
  };
}

/** The UTF-16 offset of code point offset `points` in `text`, clamped to the text. */
export function fromCodePointOffset(text: string, points: number): number {
  let i = 0;
  for (let k = 0; k < points && i < text.length; k++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    i += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return i;
}
