/**
 * How many of a document's blocks are in the page. A long speech is laid out a screen
 * first — from its beginning through the block the reader opens at — and the rest
 * follows in slices while the main thread is idle, so the first screen shows without
 * waiting for 1,600 blocks to be built and styled. Blocks always render as a prefix of
 * the document, so block i stays the text's i-th child. Whatever needs a block further
 * on (a jump, find, print) asks for it with `reach` or `complete` and waits a tick.
 */

/** Blocks rendered beyond the one opened at: more than a tall window's worth of short paragraphs. */
export const SCREEN = 40;
/** Blocks added per idle slice. */
export const SLICE = 150;

/** Runs `work` when the main thread is next idle; returns a cancel function. */
export type IdleScheduler = (work: () => void) => () => void;

export const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 16);
  return () => clearTimeout(handle);
};

/** Where the count is kept: a rune in the reader (reactive-count.svelte.ts), a plain object in tests. */
export interface Count {
  value: number;
}

export class ProgressiveBlocks {
  constructor(
    readonly total: number,
    /** The block the reader opens at: rendered, with a screen after it, from the start. */
    openAt: number,
    private readonly count: Count = { value: 0 },
  ) {
    count.value = Math.min(total, Math.max(0, openAt) + 1 + SCREEN);
  }

  /** How many blocks, from the first, are rendered. */
  get shown(): number {
    return this.count.value;
  }

  get done(): boolean {
    return this.shown >= this.total;
  }

  /** Renders through block `index` and a screen after it; true when that added blocks (await a tick before using them). */
  reach(index: number): boolean {
    const wanted = Math.min(this.total, index + 1 + SCREEN);
    if (wanted <= this.shown) return false;
    this.count.value = wanted;
    return true;
  }

  /** Renders every block; true when that added any. */
  complete(): boolean {
    if (this.done) return false;
    this.count.value = this.total;
    return true;
  }

  /** Adds the rest a slice at a time, each when the main thread is idle; returns a stop function. */
  fill(schedule: IdleScheduler = whenIdle): () => void {
    let cancel: (() => void) | null = null;
    const next = () => {
      cancel = null;
      if (this.done) return;
      this.count.value = Math.min(this.total, this.shown + SLICE);
      if (!this.done) cancel = schedule(next);
    };
    if (!this.done) cancel = schedule(next);
    return () => cancel?.();
  }
}
