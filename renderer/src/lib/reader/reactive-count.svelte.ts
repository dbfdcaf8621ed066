import type { Count } from './progressive-blocks.ts';

/** A number the page re-renders on: what ProgressiveBlocks counts with in the reader. */
export function reactiveCount(): Count {
  let value = $state(0);
  return {
    get value() {
      return value;
    },
    set value(n: number) {
      value = n;
    },
  };
}
