import { describe, expect, it } from 'vitest';
import { matchDocuments } from './match-documents.ts';

const d = (title: string, ...blocks: string[]) => ({ title, blocks });

describe('matchDocuments', () => {
  it('matches by title first, repeated titles in order, ignoring spaces at the ends', () => {
    expect(matchDocuments([d('讲话', 'a'), d('讲话', 'b'), d('总结', 'c')], [d(' 总结 ', 'x'), d('讲话', 'y'), d('讲话', 'z')])).toEqual([2, 0, 1]);
  });

  it('then by text: at least half of the larger document’s blocks shared, best overlap first', () => {
    const old = [d('甲', '一', '二', '三', '四'), d('乙', '五', '六')];
    expect(matchDocuments(old, [d('乙改', '五', '七'), d('甲改', '一', '二', '三', '新')])).toEqual([1, 0]);
    expect(matchDocuments(old, [d('甲改', '一', '二', '新', '新二', '新三')])).toEqual([null]);
  });

  it('never matches on position alone: a removed speech and an added one stay apart', () => {
    expect(matchDocuments([d('甲', '一'), d('乙', '二')], [d('甲', '一'), d('丙', '三')])).toEqual([0, null]);
    expect(matchDocuments([d('空')], [d('也空')])).toEqual([null]);
  });
});
