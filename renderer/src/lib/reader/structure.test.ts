import { describe, expect, it } from 'vitest';
import type { Block } from '@contract/contract.ts';
import { documentStructure, paragraphAt } from './structure.ts';

const h = (id: number, level: 1 | 2 | 3 | 4, text: string): Block => ({ id, kind: 'heading', level, text });
const p = (id: number, text: string): Block => ({ id, kind: 'paragraph', level: null, text });

describe('documentStructure', () => {
  const blocks = [p(10, '导语'), h(11, 1, '一、总体情况'), p(12, '甲'), h(13, 2, '（一）分项'), p(14, '乙'), p(15, '丙'), h(16, 1, '二、下一步')];
  const s = documentStructure(blocks);

  it('numbers paragraphs only, from 1, skipping headings', () => {
    expect(s.paragraphNumbers).toEqual([1, null, 2, null, 3, 4, null]);
  });

  it('lists headings with their level and block index', () => {
    expect(s.outline).toEqual([
      { blockIndex: 1, level: 1, text: '一、总体情况' },
      { blockIndex: 3, level: 2, text: '（一）分项' },
      { blockIndex: 6, level: 1, text: '二、下一步' },
    ]);
  });

  it('knows the section of every block, none before the first heading', () => {
    expect(s.sectionOf).toEqual([-1, 0, 0, 1, 1, 1, 2]);
  });

  it('cites a heading by the paragraph before it, and the opening heading by ¶0', () => {
    expect(paragraphAt(s.paragraphNumbers, 5)).toBe(4);
    expect(paragraphAt(s.paragraphNumbers, 6)).toBe(4);
    expect(paragraphAt(documentStructure([h(1, 1, '一、'), p(2, 'x')]).paragraphNumbers, 0)).toBe(0);
  });
});
