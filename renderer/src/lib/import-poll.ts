import type { BriefingApi, ImportJob } from '../../../electron/api/contract.ts';

export interface PollOptions {
  signal: AbortSignal;
  /** Milliseconds between looks at the job. */
  interval?: number;
  onUpdate?: (job: ImportJob) => void;
}

/**
 * Looks at a job until it is no longer reading. One request at a time, so a slow
 * host never has a queue of polls; null when the caller stopped waiting.
 */
export async function waitForJob(api: Pick<BriefingApi, 'getImportJob'>, job: ImportJob, options: PollOptions): Promise<ImportJob | null> {
  let current = job;
  while (current.state === 'reading') {
    if (!(await sleep(options.interval ?? 200, options.signal))) return null;
    current = await api.getImportJob({ id: job.id });
    if (options.signal.aborted) return null;
    options.onUpdate?.(current);
  }
  return current;
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
