import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportFailure } from './errors.ts';
import { WarmBrowser } from './warm-browser.ts';

/** A browser that records whether it was closed and can be made to crash. */
class FakeBrowser {
  closed = false;
  constructor(
    readonly n: number,
    private readonly onDisconnected: () => void,
  ) {}
  close(): Promise<void> {
    this.closed = true;
    this.onDisconnected();
    return Promise.resolve();
  }
  crash(): void {
    this.onDisconnected();
  }
}

const idleMs = 60_000;

function warm(failFirst = false) {
  const launched: FakeBrowser[] = [];
  let attempts = 0;
  const browser = new WarmBrowser<FakeBrowser>({
    idleMs,
    launch: (onDisconnected) => {
      attempts++;
      if (failFirst && attempts === 1) return Promise.reject(new ExportFailure('pdf-failed', 'cannot start'));
      const b = new FakeBrowser(launched.length, onDisconnected);
      launched.push(b);
      return Promise.resolve(b);
    },
  });
  return { browser, launched, attempts: () => attempts };
}

const which = (b: FakeBrowser): Promise<number> => Promise.resolve(b.n);

describe('WarmBrowser', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts nothing until first used, then reuses one browser for later and concurrent uses', async () => {
    const { browser, launched } = warm();
    expect(launched).toHaveLength(0);
    expect(await browser.use(which)).toBe(0);
    expect(await browser.use(which)).toBe(0);
    expect(await Promise.all([browser.use(which), browser.use(which), browser.use(which)])).toEqual([0, 0, 0]);
    expect(launched).toHaveLength(1);
    expect(launched[0]!.closed).toBe(false);
  });

  it('closes the browser once unused for the idle time, and starts another on the next use', async () => {
    const { browser, launched } = warm();
    await browser.use(which);
    await vi.advanceTimersByTimeAsync(idleMs - 1);
    expect(launched[0]!.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(launched[0]!.closed).toBe(true);
    expect(await browser.use(which)).toBe(1);
    expect(launched).toHaveLength(2);
  });

  it('does not close a browser while a use is running, however long it takes', async () => {
    const { browser, launched } = warm();
    await browser.use(which);
    let finish!: () => void;
    const long = browser.use((b) => new Promise<number>((resolve) => (finish = () => resolve(b.n))));
    await vi.advanceTimersByTimeAsync(idleMs * 3);
    expect(launched[0]!.closed).toBe(false);
    finish();
    expect(await long).toBe(0);
    await vi.advanceTimersByTimeAsync(idleMs);
    expect(launched[0]!.closed).toBe(true);
  });

  it('a use restarts the idle time', async () => {
    const { browser, launched } = warm();
    await browser.use(which);
    await vi.advanceTimersByTimeAsync(idleMs - 10);
    await browser.use(which);
    await vi.advanceTimersByTimeAsync(idleMs - 10);
    expect(launched[0]!.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(launched[0]!.closed).toBe(true);
  });

  it('starts a new browser after the running one crashed or disconnected', async () => {
    const { browser, launched } = warm();
    await browser.use(which);
    launched[0]!.crash();
    expect(await browser.use(which)).toBe(1);
    expect(launched).toHaveLength(2);
  });

  it('tries again on the next use when a browser failed to start', async () => {
    const { browser, attempts } = warm(true);
    await expect(browser.use(which)).rejects.toMatchObject({ reason: 'pdf-failed' });
    expect(await browser.use(which)).toBe(0);
    expect(attempts()).toBe(2);
  });

  it('a failing use leaves the browser to the next one', async () => {
    const { browser, launched } = warm();
    await expect(browser.use(() => Promise.reject(new Error('print failed')))).rejects.toThrow('print failed');
    expect(await browser.use(which)).toBe(0);
    expect(launched).toHaveLength(1);
  });

  it('closes the browser on shutdown and refuses later uses', async () => {
    const { browser, launched } = warm();
    await browser.use(which);
    await browser.close();
    expect(launched[0]!.closed).toBe(true);
    await expect(browser.use(which)).rejects.toBeInstanceOf(ExportFailure);
    expect(launched).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shutting down before any use starts nothing', async () => {
    const { browser, launched } = warm();
    await browser.close();
    expect(launched).toHaveLength(0);
  });
});
