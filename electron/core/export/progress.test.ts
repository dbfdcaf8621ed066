import { describe, expect, it } from 'vitest';
import { Progress } from './progress.ts';

const busy = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('Progress', () => {
  it('gives the event loop back during long work and reports how far it is', async () => {
    const seen: [number, number][] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const progress = new Progress(20, { onProgress: (done, total) => seen.push([done, total]) });
    for (let i = 0; i < 19; i++) {
      busy(3);
      await progress.step();
    }
    progress.finish();
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([20, 20]);
  });

  it('throws the reason as soon as it yields after a cancel', async () => {
    const abort = new AbortController();
    const progress = new Progress(100, { signal: abort.signal });
    abort.abort(new Error('stop'));
    busy(15);
    await expect(progress.step()).rejects.toThrow('stop');
  });

  it('refuses to start when already cancelled', () => {
    expect(() => new Progress(1, { signal: AbortSignal.abort() })).toThrow();
  });
});
