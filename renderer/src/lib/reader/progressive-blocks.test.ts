import { describe, expect, it } from 'vitest';
import { ProgressiveBlocks, SCREEN, SLICE } from './progressive-blocks.ts';

/** An idle scheduler run by hand: `run()` is the main thread falling idle once. */
function manualIdle() {
  const queue: (() => void)[] = [];
  return {
    schedule: (work: () => void) => {
      queue.push(work);
      return () => queue.splice(queue.indexOf(work) >>> 0, 1);
    },
    run: () => queue.shift()?.(),
    get waiting() {
      return queue.length;
    },
  };
}

describe('a long document rendered a screen first', () => {
  it('starts with a screen from the beginning through the block it opens at', () => {
    expect(new ProgressiveBlocks(1655, 0).shown).toBe(1 + SCREEN);
    expect(new ProgressiveBlocks(1655, 900).shown).toBe(901 + SCREEN);
    expect(new ProgressiveBlocks(1655, -1).shown).toBe(1 + SCREEN);
    expect(new ProgressiveBlocks(12, 0).done).toBe(true);
  });

  it('grows a slice each time the main thread is idle, until the whole is there', () => {
    const blocks = new ProgressiveBlocks(500, 0);
    const idle = manualIdle();
    blocks.fill(idle.schedule);
    const seen = [blocks.shown];
    while (idle.waiting > 0) {
      idle.run();
      seen.push(blocks.shown);
    }
    expect(seen).toEqual([41, 41 + SLICE, 41 + 2 * SLICE, 41 + 3 * SLICE, 500]);
    expect(blocks.done).toBe(true);
  });

  it('renders through a block asked for, or the whole, at once', () => {
    const blocks = new ProgressiveBlocks(1655, 0);
    expect(blocks.reach(0)).toBe(false);
    expect(blocks.reach(700)).toBe(true);
    expect(blocks.shown).toBe(701 + SCREEN);
    expect(blocks.reach(1650)).toBe(true);
    expect(blocks.shown).toBe(1655);
    expect(new ProgressiveBlocks(1655, 0).complete()).toBe(true);
    expect(blocks.complete()).toBe(false);
  });

  it('stops growing when the document is left', () => {
    const blocks = new ProgressiveBlocks(1655, 0);
    const idle = manualIdle();
    const stop = blocks.fill(idle.schedule);
    idle.run();
    stop();
    expect(idle.waiting).toBe(0);
    expect(blocks.shown).toBe(41 + SLICE);
  });
});
