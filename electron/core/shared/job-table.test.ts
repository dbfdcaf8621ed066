import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobTable, type JobEntry } from './job-table.ts';

const entry = (id: string): JobEntry => ({ job: { id }, abort: new AbortController(), touched: Date.now() });

afterEach(() => vi.useRealTimers());

describe('JobTable', () => {
  it('makes room by stopping the least recently used job', () => {
    vi.useFakeTimers();
    const table = new JobTable({ max: 2, idleMs: 60_000 });
    const [a, b, c] = [entry('a'), entry('b'), entry('c')];
    table.add(a);
    vi.advanceTimersByTime(10);
    table.add(b);
    vi.advanceTimersByTime(10);
    table.get('a');
    table.add(c);
    expect(b.abort.signal.aborted).toBe(true);
    expect(() => table.get('b')).toThrow();
    expect(table.get('a')).toBe(a);
  });

  it('forgets jobs left alone too long', () => {
    vi.useFakeTimers();
    const table = new JobTable({ max: 8, idleMs: 1_000 });
    const old = entry('old');
    table.add(old);
    vi.advanceTimersByTime(2_000);
    table.add(entry('new'));
    expect(old.abort.signal.aborted).toBe(true);
    expect(() => table.get('old')).toThrow(/old/);
  });

  it('stops a removed job, and releases a finished one without stopping it', () => {
    const table = new JobTable({ max: 8, idleMs: 1_000 });
    const [running, finished] = [entry('r'), entry('f')];
    table.add(running);
    table.add(finished);
    expect(table.remove('r')).toBe(true);
    expect(running.abort.signal.aborted).toBe(true);
    expect(table.remove('r')).toBe(false);
    table.release('f');
    expect(finished.abort.signal.aborted).toBe(false);
    expect(() => table.get('f')).toThrow();
  });
});
