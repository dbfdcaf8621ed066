import { describe, expect, it } from 'vitest';
import { parseScales, scaleOf } from './scale.ts';

describe('parseScales', () => {
  it('reads sizes in MB in the order given', () => {
    expect(parseScales('10,100,1000')).toEqual([10, 100, 1000]);
    expect(parseScales(' 100 , 0.5')).toEqual([100, 0.5]);
  });

  it('refuses what is not a list of positive sizes', () => {
    for (const bad of ['', '10,', 'ten', '0', '-5', '10,,100']) expect(() => parseScales(bad)).toThrow(/--scale/);
  });

  it('refuses a size given twice', () => {
    expect(() => parseScales('10,10')).toThrow(/twice/);
  });
});

describe('scaleOf', () => {
  it('grows the library, not the long document or its annotations', () => {
    const small = scaleOf(10, false);
    const large = scaleOf(1000, false);
    expect([small.bytes, small.documents]).toEqual([10e6, 500]);
    expect([large.bytes, large.documents]).toEqual([1e9, 50_000]);
    expect([large.largeChars, large.annotations]).toEqual([small.largeChars, small.annotations]);
  });

  it('repeats less in a quick run', () => {
    expect(scaleOf(10, true).highlights).toBeLessThan(scaleOf(10, false).highlights);
  });
});
