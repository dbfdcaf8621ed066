import { describe, expect, it } from 'vitest';
import { codePointOffsets, fromCodePointOffset, toCodePointOffset } from './code-points.ts';

describe('code point offsets', () => {
  const text = '张𠀀三说：𠀀𠀀好';

  it('count a character outside the BMP once', () => {
    expect(toCodePointOffset(text, 0)).toBe(0);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toCodePointOffset(text, text.length)).toBe([...text].length);
    expect(toCodePointOffset('abc', 2)).toBe(2);
  });

  it('convert back to UTF-16 offsets, clamped to the text', () => {
    for (let i = 0; i <= [...text].length; i++) expect(toCodePointOffset(text, fromCodePointOffset(text, i))).toBe(i);
    expect(fromCodePointOffset(text, 2)).toBe(3);
    expect(fromCodePointOffset(text, 99)).toBe(text.length);
  });

  it('convert many offsets into one text as one at a time does, stray halves included', () => {
    for (const sample of [text, 'abc', '', '\ud840\ud840\udc00x\udc00\ud840', '𠀀𠀀𠀀']) {
      const convert = codePointOffsets(sample);
      for (let i = -1; i <= sample.length + 1; i++) expect(convert(i), `${JSON.stringify(sample)} at ${i}`).toBe(toCodePointOffset(sample, i));
    }
  });
});
