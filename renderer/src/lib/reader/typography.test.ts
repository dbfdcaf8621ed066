import { describe, expect, it } from 'vitest';
import { fontSizes } from '@contract/settings-values.ts';
import { fontSizeAt, fontSizeStep } from './typography.ts';

describe('font size steps', () => {
  it('offers at least five sizes, each reachable from its step', () => {
    expect(fontSizes.length).toBeGreaterThanOrEqual(5);
    for (const size of fontSizes) expect(fontSizeAt(fontSizeStep(size))).toBe(size);
  });

  it('keeps a step outside the scale at its ends', () => {
    expect(fontSizeAt(-3)).toBe(fontSizes[0]);
    expect(fontSizeAt(99)).toBe(fontSizes.at(-1));
  });
});
