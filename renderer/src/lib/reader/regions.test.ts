import { describe, expect, it } from 'vitest';
import { nextRegion } from './regions.ts';

describe('nextRegion', () => {
  const regions = ['bar', 'text', 'notes'];
  const at = (name: string) => (r: string) => r === name;

  it('goes round the regions forward and back', () => {
    expect(nextRegion(regions, at('bar'), false)).toBe('text');
    expect(nextRegion(regions, at('notes'), false)).toBe('bar');
    expect(nextRegion(regions, at('text'), true)).toBe('bar');
    expect(nextRegion(regions, at('bar'), true)).toBe('notes');
  });

  it('starts at the first region, or the last going back, from outside them all', () => {
    expect(nextRegion(regions, () => false, false)).toBe('bar');
    expect(nextRegion(regions, () => false, true)).toBe('notes');
    expect(nextRegion([], () => false, false)).toBeNull();
  });
});
