import { Worker } from 'node:worker_threads';
import { ImportFailure, type Locale, type ParsedBriefing } from '../parse/index.ts';
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

/** How long a worker that finished a parse waits for the next before it is stopped. */
const IDLE_MS = 30_000;
/** Workers kept warm per script: the import screen has at most two files in flight. */
const MAX_IDLE = 2;

interface IdleWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
  onExit: () => void;
}

const idle = new Map<string, IdleWorker[]>();

/**
 * A worker for the script: one left warm by an earlier parse, or a new one. Starting a
 * worker (the runtime, then compiling the whole parser bundle) costs about as much CPU
 * as parsing a speech, so a batch of files reuses them.
 */
function takeWorker(script: string): Worker {
  const warm = idle.get(script)?.pop();
  if (warm) {
    clearTimeout(warm.timer);
    warm.worker.off('exit', warm.onExit);
    warm.worker.ref();
    return warm.worker;
  }
  return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 1536 }, stdout: true, stderr: true });
}

/** Keeps a worker that answered for the next parse; it must not keep the app alive or hold memory for long. */
function release(script: string, worker: Worker): void {
  const pool = idle.get(script) ?? [];
  if (pool.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const leave = (): void => {
    clearTimeout(entry.timer);
    if (pool.includes(entry)) pool.splice(pool.indexOf(entry), 1);
  };
  const entry: IdleWorker = {
    worker,
    timer: setTimeout(() => {
      leave();
      void worker.terminate();
    }, IDLE_MS).unref(),
    // A warm worker that dies on its own is simply not reused.
    onExit: leave,
  };
  worker.once('exit', leave);
  pool.push(entry);
  idle.set(script, pool);
}

/**
 * Parses a file in a worker thread, so a big PDF never blocks the app, a hostile
 * file that hangs is stopped, and memory it blows up is the worker's, not the app's.
 * A worker that answers (parsed or refused) is kept for the next file; one that hangs,
 * fails or is cancelled is stopped.
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
    const worker = takeWorker(config.script);
    let settled = false;
    let stall: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) release(config.script, worker);
      else void worker.terminate();
      outcome();
    };
    const armStallTimer = () => {
      clearTimeout(stall);
      stall = setTimeout(() => finish(() => reject(new ImportFailure('corrupt', 'the parser stopped making progress'))), config.stallMs ?? 20_000);
    };
    const onAbort = () => finish(() => reject(new ParseCancelled()));
    options.signal?.addEventListener('abort', onAbort);
    armStallTimer();

    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'progress') {
        armStallTimer();
        options.onProgress?.(message.done, message.total);
      } else if (message.type === 'done') {
        finish(() => resolve(message.parsed), true);
      } else {
        finish(() => reject(new ImportFailure(message.reason, message.detail)), true);
      }
    };
    // A file that blows up memory is too large; any other worker failure is ours, not the file's.
    const onError = (err: Error) => {
      const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(outOfMemory ? new ImportFailure('too-large', err.message) : err));
    };
    const onExit = (code: number) => finish(() => reject(new Error(`import worker exited with ${code}`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}
