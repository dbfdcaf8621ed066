import { describe, expect, it } from 'vitest';
import { headingPath } from './annotation-view.ts';

const h = (position: number, level: number, text: string) => ({ documentId: 1, position, level, text });

describe('headingPath', () => {
  const headings = [h(1, 1, '一、'), h(2, 2, '（一）'), h(4, 2, '（二）'), h(6, 3, '1.'), h(8, 1, '二、'), h(9, 3, '2.')];

  it('nests headings as an outline does: a heading closes those of its level and deeper', () => {
    expect(headingPath(headings, 0)).toEqual([]);
    expect(headingPath(headings, 3)).toEqual(['一、', '（一）']);
    expect(headingPath(headings, 7)).toEqual(['一、', '（二）', '1.']);
    expect(headingPath(headings, 10)).toEqual(['二、', '2.']);
  });

  it('gives a heading its ancestors, not itself or its older siblings', () => {
    expect(headingPath(headings, 4)).toEqual(['一、']);
    expect(headingPath(headings, 8)).toEqual([]);
  });
});
