import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPositionSaver, savesSettled } from './position-saver.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('position saver', () => {
  it('saves only where the reader pauses', () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = createPositionSaver(save, () => {}, 500);
    saver.schedule(1);
    vi.advanceTimersByTime(300);
    saver.schedule(2);
    vi.advanceTimersByTime(300);
    saver.schedule(3);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('sends a waiting position at once when flushed, and nothing twice', () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = createPositionSaver(save, () => {}, 500);
    saver.schedule(7);
    saver.flush();
    vi.advanceTimersByTime(1000);
    saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('lets the next reader wait for waiting and unfinished saves', async () => {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    createPositionSaver(save, () => {}, 500).schedule(4);
    let settled = false;
    const waited = savesSettled().then(() => (settled = true));
    expect(save).toHaveBeenCalledExactlyOnceWith(4);
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await waited;
    expect(settled).toBe(true);
  });

  it('reports a failed save instead of throwing', async () => {
    const onError = vi.fn();
    const saver = createPositionSaver(() => Promise.reject(new Error('offline')), onError, 10);
    saver.schedule(1);
    saver.flush();
    await savesSettled();
    expect(onError).toHaveBeenCalledOnce();
  });
});
