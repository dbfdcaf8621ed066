import { describe, expect, it } from 'vitest';
import { unifyRadicals } from './pdf-radicals.ts';

describe('unifyRadicals', () => {
  it('reads radicals a font put for ideographs as the ideographs', () => {
    expect(unifyRadicals('⼀、让每⼀条公路通到群众⼼⾥，局⻓、家⻔⼝、⻘岚')).toBe('一、让每一条公路通到群众心里，局长、家门口、青岚');
  });

  it('leaves ideographs, and radicals that stand for no character, as they are', () => {
    expect(unifyRadicals('一心长门⺀')).toBe('一心长门⺀');
  });
});
