/**
 * What one scale of the bench builds and repeats. Every scale is the same generator at a
 * different size (50 speeches per MB, 25 per file), so figures side by side show growth;
 * the long document and its annotations are the same at every scale.
 */
export interface Scale {
  /** The library's size in MB of UTF-8 text, as the user asked for it (`--scale 10,100`). */
  mb: number;
  bytes: number;
  documents: number;
  documentsPerFile: number;
  largeChars: number;
  annotations: number;
  opens: number;
  highlights: number;
  exports: number;
}

const DOCUMENTS_PER_MB = 50;

/** `10,100,1000` as sizes in MB, in the order given; a clear message for anything else. */
export function parseScales(text: string): number[] {
  const parts = text.split(',').map((s) => s.trim());
  const scales = parts.map(Number);
  const bad = parts.filter((s, i) => s === '' || !Number.isFinite(scales[i]) || scales[i]! <= 0);
  if (bad.length) throw new Error(`--scale takes library sizes in MB separated by commas (e.g. 10,100,1000), not "${text}"`);
  if (new Set(scales).size !== scales.length) throw new Error(`--scale lists a size twice: "${text}"`);
  return scales;
}

/** `quick` repeats each timed step fewer times, for a run while developing. */
export function scaleOf(mb: number, quick: boolean): Scale {
  const repeats = quick ? { opens: 2, highlights: 10, exports: 1 } : { opens: 5, highlights: 50, exports: 3 };
  return {
    mb,
    bytes: mb * 1e6,
    documents: Math.max(1, Math.round(mb * DOCUMENTS_PER_MB)),
    documentsPerFile: 25,
    largeChars: 300_000,
    annotations: 1000,
    ...repeats,
  };
}

/** Targets the issue sets higher for the largest library. */
export const atGigabyte = (mb: number): boolean => mb >= 1000;
