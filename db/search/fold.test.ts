import { describe, expect, it } from 'vitest';
import { END_UNIT, FACET_MARK, foldUnits, foldWithOffsets, indexTokens } from './fold.ts';

const escaped = (ascii: string): string => String.fromCodePoint(0xf0000 + ascii.charCodeAt(0));

describe('foldUnits', () => {
  it('keeps Chinese as it is, one unit per character', () => {
    expect(foldUnits('产业工人')).toEqual(['产', '业', '工', '人']);
  });

  it('folds full-width forms and Latin case together', () => {
    expect(foldUnits('ＧＤＰ')).toEqual(foldUnits('gdp'));
    expect(foldUnits('GDP')).toEqual(['g', 'd', 'p']);
    expect(foldUnits('２０２３年')).toEqual(foldUnits('2023年'));
    expect(foldUnits('（一），')).toEqual(foldUnits('(一),'));
  });

  it('moves ASCII punctuation and spaces out of the tokenizer’s way, one code point each', () => {
    expect(foldUnits('a, b')).toEqual(['a', escaped(','), escaped(' '), 'b']);
    expect(foldUnits('\u3000')).toEqual([escaped(' ')]);
  });

  it('keeps Chinese quotation marks distinct from ASCII ones', () => {
    expect(foldUnits('“”')).toEqual(['“', '”']);
    expect(foldUnits('"')).toEqual([escaped('"')]);
  });

  it('expands a character whose compatibility form is several', () => {
    expect(foldUnits('…')).toEqual([escaped('.'), escaped('.'), escaped('.')]);
  });

  it('keeps characters outside the BMP whole and replaces lone surrogates', () => {
    expect(foldUnits('𠀀字')).toEqual(['𠀀', '字']);
    expect(foldUnits('a\ud800b')).toEqual(['a', '\ufffd', 'b']);
  });

  it('lets no genuine character pose as an escape or a marker', () => {
    expect(foldUnits(escaped(',') + END_UNIT + FACET_MARK)).toEqual(['\ufffd', '\ufffd', '\ufffd']);
  });
});

describe('foldWithOffsets', () => {
  it('remembers the original UTF-16 range of every code unit it produces', () => {
    const folded = foldWithOffsets('𠀀Ａ…');
    const dot = escaped('.');
    expect(folded.text).toBe(`𠀀a${dot}${dot}${dot}`);
    // The escaped dots lie outside the BMP too: two code units each.
    expect(folded.starts).toEqual([0, 0, 2, 3, 3, 3, 3, 3, 3]);
    expect(folded.ends).toEqual([2, 2, 3, 4, 4, 4, 4, 4, 4]);
  });

  it('folds exactly as foldUnits does', () => {
    const text = 'Ｇ产“a”…\ud800𠀀 x';
    expect(foldWithOffsets(text).text).toBe(foldUnits(text).join(''));
  });
});

describe('indexTokens', () => {
  it('pairs every unit with the next, the last with the end marker', () => {
    expect(indexTokens('产改Ａ')).toBe(`产改 改a a${END_UNIT}`);
  });

  it('gives nothing for empty text', () => {
    expect(indexTokens('')).toBe('');
  });
});
