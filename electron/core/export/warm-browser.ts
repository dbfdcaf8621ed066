import { ExportFailure } from './errors.ts';

export interface WarmBrowserOptions<B> {
  /** Starts a browser; it calls `onDisconnected` when that browser exits or crashes. */
  launch: (onDisconnected: () => void) => Promise<B>;
  /** A browser unused for this long is closed; the next use starts another. */
  idleMs: number;
}

/**
 * One browser kept running between PDF exports of a long-running host, so that an export
 * does not wait for a browser to start: started on first use, shared by exports running at
 * the same time, closed once unused for `idleMs` and on {@link close}, and started again on
 * the next use after it closed, crashed or failed to start.
 */
export class WarmBrowser<B extends { close(): Promise<void> }> {
  #current: Promise<B> | null = null;
  #inUse = 0;
  #idle: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(private readonly options: WarmBrowserOptions<B>) {}

  async use<T>(work: (browser: B) => Promise<T>): Promise<T> {
    if (this.#closed) throw new ExportFailure('pdf-failed', 'the browser was closed for shutdown');
    this.#cancelIdle();
    this.#inUse++;
    try {
      return await work(await this.#browser());
    } finally {
      this.#inUse--;
      if (this.#inUse === 0 && !this.#closed) {
        // Unref'd: a browser waiting to be reused does not keep a process alive by its timer.
        this.#idle = setTimeout(() => void this.#retire(), this.options.idleMs).unref();
      }
    }
  }

  /** Closes the browser (if one is running) for good: the host is shutting down. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#cancelIdle();
    await this.#retire();
  }

  #browser(): Promise<B> {
    if (!this.#current) {
      const launching = this.options.launch(() => this.#forget(launching));
      this.#current = launching;
      launching.catch(() => this.#forget(launching));
    }
    return this.#current;
  }

  /** A browser that exited or never started is not handed out again. */
  #forget(browser: Promise<B>): void {
    if (this.#current === browser) this.#current = null;
  }

  async #retire(): Promise<void> {
    const current = this.#current;
    this.#current = null;
    if (current) await current.then((browser) => browser.close(), () => undefined);
  }

  #cancelIdle(): void {
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = null;
  }
}
