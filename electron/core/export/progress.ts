/** How a long export reports itself and is stopped. */
export interface RenderOptions {
  /** `done` of `total` steps; called at most every few milliseconds, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Work between two yields: short enough that the app's other requests are served meanwhile. */
const SLICE_MS = 12;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts the steps of one export. Renderers build their output in plain loops; `step()`
 * gives the event loop back every {@link SLICE_MS}, reports progress and throws the
 * signal's reason as soon as the export is cancelled.
 */
export class Progress {
  #done = 0;
  #sliceStart = performance.now();

  constructor(
    readonly total: number,
    private readonly options: RenderOptions = {},
  ) {
    options.signal?.throwIfAborted();
  }

  async step(count = 1): Promise<void> {
    this.#done = Math.min(this.total, this.#done + count);
    if (performance.now() - this.#sliceStart < SLICE_MS) return;
    this.options.onProgress?.(this.#done, this.total);
    await nextTurn();
    this.options.signal?.throwIfAborted();
    this.#sliceStart = performance.now();
  }

  /** Throws if cancelled; for the points between steps where work is about to start. */
  check(): void {
    this.options.signal?.throwIfAborted();
  }

  finish(): void {
    this.options.signal?.throwIfAborted();
    this.#done = this.total;
    this.options.onProgress?.(this.total, this.total);
  }
}

/** Steps of a render: one per item, and one for writing the file out. */
export const stepsFor = (items: number): number => items + 1;
