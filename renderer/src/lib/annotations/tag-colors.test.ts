import { describe, expect, it } from 'vitest';
import { tagNameKey } from '@contract/rules/tag-names.ts';
import { nextTagColor, tagPalette } from './tag-colors.ts';

describe('tag colours', () => {
  it('offers the first unused palette colour, whatever its case', () => {
    expect(nextTagColor([])).toBe(tagPalette[0]);
    expect(nextTagColor([tagPalette[0].toUpperCase(), tagPalette[2]])).toBe(tagPalette[1]);
  });

  it('cycles once every colour is taken', () => {
    expect(nextTagColor([...tagPalette, '#000000'])).toBe(tagPalette[(tagPalette.length + 1) % tagPalette.length]);
  });

  it('compares names as the user sees them', () => {
    expect(tagNameKey(' ＡＢＣ ')).toBe(tagNameKey('abc'));
  });
});
