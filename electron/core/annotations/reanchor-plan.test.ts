import { describe, expect, it } from 'vitest';
import { annotate, docOf } from '../anchoring/anchoring.test-helper.ts';
import { planReanchoring } from './reanchor-plan.ts';

const QUOTE = '产业工人队伍建设改革不断向纵深推进';

describe('planReanchoring', () => {
  it('looks for a passage only in its own document while that document is there', () => {
    const oldA = docOf(['开头的话。', `${QUOTE}，成效明显。`]);
    const newA = docOf(['开头的话。', '这一段改写了。'], 10);
    const newB = docOf([`${QUOTE}，成效明显。`], 20);
    const plan = planReanchoring(new Map([[1, oldA]]), new Map([[1, newA], [2, newB]]), [{ id: 7, documentId: 1, anchor: annotate(oldA, QUOTE) }], () => 1);
    expect(plan.passages).toEqual([{ id: 7, documentId: 1, result: expect.objectContaining({ status: 'orphan' }) }]);
    expect(plan.heirs.size).toBe(0);
  });

  it('looks everywhere for the passages of a vanished document; what is found nowhere follows the rest', () => {
    const gone = docOf([`${QUOTE}，成效明显。`, '删去的一段话，不再出现。']);
    const kept = docOf(['别的讲话。'], 10);
    const merged = docOf([`${QUOTE}，成效明显。`], 20);
    const plan = planReanchoring(
      new Map([[1, gone]]),
      new Map([[2, kept], [3, merged]]),
      [
        { id: 7, documentId: 1, anchor: annotate(gone, QUOTE) },
        { id: 8, documentId: 1, anchor: annotate(gone, '删去的一段话') },
      ],
      () => 2,
    );
    // Same offsets in another document: still a move.
    expect(plan.passages[0]).toMatchObject({ id: 7, documentId: 3, result: { status: 'moved', newText: QUOTE } });
    expect(plan.passages[1]).toMatchObject({ id: 8, documentId: 3, result: { status: 'orphan' } });
    expect(plan.heirs).toEqual(new Map([[1, 3]]));
  });

  it('gives a vanished document with nothing found to its heir', () => {
    const gone = docOf(['一段独有的话，别处没有。']);
    const plan = planReanchoring(new Map([[1, gone], [5, docOf(['空'], 50)]]), new Map([[2, docOf(['别的讲话。'], 10)]]), [
      { id: 7, documentId: 1, anchor: annotate(gone, '独有的话') },
    ], (documentId) => documentId + 1);
    expect(plan.passages[0]).toMatchObject({ documentId: 2, result: { status: 'orphan' } });
    expect(plan.heirs).toEqual(new Map([[1, 2], [5, 6]]));
  });
});
