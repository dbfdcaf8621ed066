import type { BriefingApi, ExportJob, ImportJob } from '@contract/contract.ts';

export interface PollOptions<J> {
  signal: AbortSignal;
  /** Milliseconds between looks at the job. */
  interval?: number;
  onUpdate?: (job: J) => void;
}

/**
 * Looks at a background job until it stops running. One request at a time, so a slow
 * host never has a queue of polls; null when the caller stopped waiting.
 */
async function pollJob<J>(job: J, look: () => Promise<J>, running: (job: J) => boolean, options: PollOptions<J>): Promise<J | null> {
  let current = job;
  while (running(current)) {
    if (!(await sleep(options.interval ?? 200, options.signal))) return null;
    current = await look();
    if (options.signal.aborted) return null;
    options.onUpdate?.(current);
  }
  return current;
}

export function waitForJob(api: Pick<BriefingApi, 'getImportJob'>, job: ImportJob, options: PollOptions<ImportJob>): Promise<ImportJob | null> {
  return pollJob(job, () => api.getImportJob({ id: job.id }), (j) => j.state === 'reading', options);
}

export function waitForExport(api: Pick<BriefingApi, 'getExportJob'>, job: ExportJob, options: PollOptions<ExportJob>): Promise<ExportJob | null> {
  return pollJob(job, () => api.getExportJob({ id: job.id }), (j) => j.state === 'running', options);
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
