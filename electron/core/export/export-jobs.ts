import { randomUUID } from 'node:crypto';
import type { ApiErrorPayload, ExportJob } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import type { ExportFile, ExportRequest } from './export.ts';
import type { RenderOptions } from './progress.ts';
import { JobTable } from '../shared/job-table.ts';

export type { ExportJob };

interface Entry {
  job: ExportJob;
  bytes: Uint8Array | null;
  abort: AbortController;
  touched: number;
}

/** A finished file not fetched within this long is dropped. */
const idleMs = 30 * 60_000;
const maxJobs = 4;

/**
 * Exports running in the background, so a long one reports progress and can be
 * cancelled while the app stays responsive. Like ImportJobs, one per request, polled.
 */
export class ExportJobs {
  readonly #entries = new JobTable<Entry>({ max: maxJobs, idleMs });

  constructor(
    private readonly run: (request: ExportRequest, options: RenderOptions) => Promise<ExportFile>,
    /** Turns a failure into what the user is shown (ExportFailure → its message; anything else → internal). */
    private readonly describeError: (err: unknown) => ApiErrorPayload,
  ) {}

  start(request: ExportRequest): ExportJob {
    const entry: Entry = {
      job: { id: randomUUID(), state: 'running', progress: null, file: null, error: null },
      bytes: null,
      abort: new AbortController(),
      touched: Date.now(),
    };
    this.#entries.add(entry);
    const { signal } = entry.abort;
    this.run(request, {
      signal,
      onProgress: (done, total) => {
        entry.job.progress = { done, total };
      },
    }).then(
      (file) => {
        if (signal.aborted) return;
        entry.bytes = file.bytes;
        entry.job = { ...entry.job, state: 'done', file: { fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.byteLength } };
      },
      (err: unknown) => {
        if (signal.aborted) return;
        entry.job = { ...entry.job, state: 'failed', error: this.describeError(err) };
      },
    );
    return structuredClone(entry.job);
  }

  get(id: string): ExportJob {
    return structuredClone(this.#entries.get(id).job);
  }

  /** Stops a running export, or forgets a finished one. */
  cancel(id: string): boolean {
    return this.#entries.remove(id);
  }

  /** Hands over the finished file once; the job is then forgotten. */
  take(id: string): ExportFile {
    const entry = this.#entries.get(id);
    if (entry.job.state !== 'done' || !entry.bytes || !entry.job.file) throw ApiError.of('invalid_argument', { what: 'the export is not finished' });
    this.#entries.release(id);
    return { fileName: entry.job.file.fileName, mimeType: entry.job.file.mimeType, bytes: entry.bytes };
  }
}
