import { describe, expect, it, vi } from 'vitest';
import type { ImportJob } from '@contract/contract.ts';
import { waitForExport, waitForJob } from './job-poll.ts';

const reading: ImportJob = { id: 'j1', fileName: 'a.pdf', state: 'reading', progress: null, draft: null, repairs: [], duplicates: [], error: null };

function apiAnswering(...jobs: ImportJob[]) {
  return { getImportJob: vi.fn(async () => jobs.shift() ?? reading) };
}

describe('waitForJob', () => {
  it('looks until the job is read, reporting each look', async () => {
    const step = { ...reading, progress: { done: 1, total: 3 } };
    const ready = { ...reading, state: 'ready' as const };
    const api = apiAnswering(step, ready);
    const onUpdate = vi.fn();
    expect(await waitForJob(api, reading, { signal: new AbortController().signal, interval: 0, onUpdate })).toEqual(ready);
    expect(onUpdate.mock.calls.map(([j]) => (j as ImportJob).state)).toEqual(['reading', 'ready']);
    expect(api.getImportJob).toHaveBeenCalledWith({ id: 'j1' });
  });

  it('does not ask about a job that is already done', async () => {
    const api = apiAnswering();
    const failed = { ...reading, state: 'failed' as const };
    expect(await waitForJob(api, failed, { signal: new AbortController().signal })).toBe(failed);
    expect(api.getImportJob).not.toHaveBeenCalled();
  });

  it('stops, asking no more, once the caller stops waiting', async () => {
    const api = apiAnswering();
    const stop = new AbortController();
    const waiting = waitForJob(api, reading, { signal: stop.signal, interval: 60_000 });
    stop.abort();
    expect(await waiting).toBeNull();
    expect(api.getImportJob).not.toHaveBeenCalled();
  });

  it('passes on a failed look', async () => {
    const api = { getImportJob: vi.fn(async () => Promise.reject(new Error('gone'))) };
    await expect(waitForJob(api, reading, { signal: new AbortController().signal, interval: 0 })).rejects.toThrow('gone');
  });
});

describe('waitForExport', () => {
  it('looks until the export is no longer running', async () => {
    const running = { id: 'e1', state: 'running' as const, progress: null, file: null, error: null };
    const done = { ...running, state: 'done' as const, file: { fileName: 'a.docx', mimeType: 'x', size: 3 } };
    const api = { getExportJob: vi.fn(async () => done) };
    expect(await waitForExport(api, running, { signal: new AbortController().signal, interval: 0 })).toEqual(done);
    expect(api.getExportJob).toHaveBeenCalledWith({ id: 'e1' });
  });
});
