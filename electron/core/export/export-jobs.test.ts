import { describe, expect, it } from 'vitest';
import type { ApiErrorPayload } from '@contract/contract.ts';
import { ExportFailure, exportFailureMessage } from './errors.ts';
import type { ExportFile, ExportRequest } from './export.ts';
import { ExportJobs } from './export-jobs.ts';
import type { RenderOptions } from './progress.ts';

const request: ExportRequest = { scope: { kind: 'all' }, format: 'markdown' };
const file: ExportFile = { fileName: 'a.md', mimeType: 'text/markdown; charset=utf-8', bytes: new Uint8Array([1, 2, 3]) };

const describeError = (err: unknown): ApiErrorPayload =>
  err instanceof ExportFailure ? { code: 'internal', message: exportFailureMessage(err.reason) } : { code: 'internal', message: { 'zh-CN': '?', en: '?' } };

/** A run the test finishes by hand, to look at the job in between. */
function controlledRun() {
  const calls: { options: RenderOptions; resolve: (f: ExportFile) => void; reject: (e: unknown) => void }[] = [];
  const run = (_: ExportRequest, options: RenderOptions): Promise<ExportFile> =>
    new Promise((resolve, reject) => {
      calls.push({ options, resolve, reject });
    });
  return { run, calls };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ExportJobs', () => {
  it('shows progress while running, then the file, which is handed over once', async () => {
    const { run, calls } = controlledRun();
    const jobs = new ExportJobs(run, describeError);
    const job = jobs.start(request);
    expect(job).toMatchObject({ state: 'running', progress: null, file: null });
    calls[0]!.options.onProgress?.(3, 10);
    expect(jobs.get(job.id).progress).toEqual({ done: 3, total: 10 });
    calls[0]!.resolve(file);
    await settle();
    expect(jobs.get(job.id)).toMatchObject({ state: 'done', file: { fileName: 'a.md', size: 3 } });
    expect(jobs.take(job.id).bytes).toEqual(file.bytes);
    expect(() => jobs.get(job.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('aborts the run when cancelled and forgets it', async () => {
    const { run, calls } = controlledRun();
    const jobs = new ExportJobs(run, describeError);
    const job = jobs.start(request);
    expect(jobs.cancel(job.id)).toBe(true);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    calls[0]!.reject(calls[0]!.options.signal?.reason);
    await settle();
    expect(jobs.cancel(job.id)).toBe(false);
  });

  it('shows a failure in words the user can read', async () => {
    const { run, calls } = controlledRun();
    const jobs = new ExportJobs(run, describeError);
    const job = jobs.start(request);
    calls[0]!.reject(new ExportFailure('no-chromium'));
    await settle();
    expect(jobs.get(job.id)).toMatchObject({ state: 'failed', error: { message: exportFailureMessage('no-chromium') } });
  });

  it('refuses to hand over a file not yet made', () => {
    const jobs = new ExportJobs(controlledRun().run, describeError);
    const job = jobs.start(request);
    expect(() => jobs.take(job.id)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('keeps at most four, cancelling the oldest', () => {
    const { run, calls } = controlledRun();
    const jobs = new ExportJobs(run, describeError);
    const first = jobs.start(request);
    for (let i = 0; i < 4; i++) jobs.start(request);
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(() => jobs.get(first.id)).toThrow();
  });
});
