import { Worker } from 'node:worker_threads';
import { ImportFailure, type Locale, type ParsedBriefing } from '../import/index.ts';
import type { ParseRequest, WorkerMessage } from './protocol.ts';

export interface WorkerParseOptions {
  locale: Locale;
  skip?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportWorkerConfig {
  /** The bundled worker script (dist/import-worker.mjs); tests use the source through tsx. */
  script: string;
  /** A parse that reports no progress for this long is taken to hang on a hostile file. */
  stallMs?: number;
}

export class ParseCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

/**
 * Parses a file in a worker thread, so a big PDF never blocks the app, a hostile
 * file that hangs is stopped, and memory it blows up is the worker's, not the app's.
 */
export function parseInWorker(
  config: ImportWorkerConfig,
  bytes: Uint8Array,
  fileName: string,
  options: WorkerParseOptions,
): Promise<ParsedBriefing> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ParseCancelled());
    const request: ParseRequest = { bytes, fileName, locale: options.locale, skip: [...(options.skip ?? [])] };
    const worker = new Worker(config.script, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: 1536 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    let stall: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const armStallTimer = () => {
      clearTimeout(stall);
      stall = setTimeout(() => finish(() => reject(new ImportFailure('corrupt', 'the parser stopped making progress'))), config.stallMs ?? 20_000);
    };
    const onAbort = () => finish(() => reject(new ParseCancelled()));
    options.signal?.addEventListener('abort', onAbort);
    armStallTimer();

    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        armStallTimer();
        options.onProgress?.(message.done, message.total);
      } else if (message.type === 'done') {
        finish(() => resolve(message.parsed));
      } else {
        finish(() => reject(new ImportFailure(message.reason, message.detail)));
      }
    });
    // A file that blows up memory is too large; any other worker failure is ours, not the file's.
    worker.on('error', (err) => {
      const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(outOfMemory ? new ImportFailure('too-large', err.message) : err));
    });
    worker.on('exit', (code) => finish(() => reject(new Error(`import worker exited with ${code}`))));
  });
}
