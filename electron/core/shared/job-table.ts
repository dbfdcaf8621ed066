import { ApiError } from '@contract/errors.ts';

export interface JobEntry {
  job: { id: string };
  abort: AbortController;
  touched: number;
}

/**
 * The background jobs of one kind (imports being reviewed, exports being written),
 * bounded in number and forgotten when left alone, so an abandoned job never holds a
 * file's bytes for the life of the app.
 */
export class JobTable<E extends JobEntry> {
  readonly #entries = new Map<string, E>();

  constructor(private readonly limits: { max: number; idleMs: number }) {}

  /** Makes room first: jobs idle too long go, then the least recently used if still full. */
  add(entry: E): void {
    const now = Date.now();
    for (const e of this.#entries.values()) if (now - e.touched > this.limits.idleMs) this.remove(e.job.id);
    if (this.#entries.size >= this.limits.max) {
      const oldest = [...this.#entries.values()].sort((a, b) => a.touched - b.touched)[0]!;
      this.remove(oldest.job.id);
    }
    this.#entries.set(entry.job.id, entry);
  }

  /** The job, marked as just used; `not_found` when it is gone. */
  get(id: string): E {
    const entry = this.#entries.get(id);
    if (!entry) throw ApiError.of('not_found', { what: id });
    entry.touched = Date.now();
    return entry;
  }

  /** Stops the job's work and forgets it; false when there was no such job. */
  remove(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    entry.abort.abort();
    this.#entries.delete(id);
    return true;
  }

  /** Forgets a job whose work is over and whose result was handed out. */
  release(id: string): void {
    this.#entries.delete(id);
  }
}
