import { describe, expect, it } from 'vitest';
import { createOffsetMap, pairBlocks } from './offset-map.ts';
import { docOf } from './anchoring.test-helper.ts';

describe('createOffsetMap', () => {
  const oldDoc = docOf(['甲', '乙乙', '丙', '丁丁丁', '乙乙']); // 甲0 \n1 乙2-3 \n4 丙5 \n6 丁7-9 \n10 乙11-12
  const newDoc = docOf(['序', '甲', '乙乙', '丙改了', '丁丁丁', '乙乙'], 100); // 序0 \n 甲2 \n 乙4-5 \n 丙改了7-9 \n 丁11-13 \n 乙15-16

  it('pairs unchanged blocks, repeated ones included', () => {
    expect(pairBlocks(oldDoc, newDoc)).toEqual([
      [0, 1],
      [1, 2],
      [3, 4],
      [4, 5],
    ]);
  });

  it('maps offsets in unchanged blocks exactly and interpolates in changed ones', () => {
    const map = createOffsetMap(oldDoc, newDoc);
    expect(map(0)).toEqual({ offset: 2, paired: true });
    expect(map(8)).toEqual({ offset: 12, paired: true });
    expect(map(12)).toEqual({ offset: 16, paired: true });
    expect(map(5)).toEqual({ offset: 7, paired: false }); // start of the changed block
    expect(map(6).paired).toBe(false);
    expect(map(6).offset).toBeGreaterThan(7);
  });
});
