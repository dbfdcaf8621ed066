import { describe, expect, it } from 'vitest';
import { landing } from './passage.ts';

const blocks = [
  { id: 10, text: '一、总体情况' },
  { id: 11, text: '2023年全市实现GDP2347.1亿元。' },
];

describe('landing', () => {
  it('finds the block and keeps the match', () => {
    expect(landing(blocks, '标题', { blockId: 11, at: [10, 13] })).toEqual({ index: 1, at: [10, 13] });
  });

  it('lands on the title when no block is named', () => {
    expect(landing(blocks, '聚焦重点 靶向施策', { blockId: null, at: [5, 9] })).toEqual({ index: null, at: [5, 9] });
  });

  it('drops a match beyond the text, still landing on the block', () => {
    expect(landing(blocks, '标题', { blockId: 10, at: [5, 40] })).toEqual({ index: 0, at: null });
    expect(landing(blocks, '标题', { blockId: null, at: [0, 3] })).toEqual({ index: null, at: null });
  });

  it('finds nothing when the block is gone', () => {
    expect(landing(blocks, '标题', { blockId: 99, at: [0, 1] })).toBeNull();
  });
});
