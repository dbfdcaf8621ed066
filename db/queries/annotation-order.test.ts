import { describe, expect, it } from 'vitest';
import { readingKey, sortInReadingOrder } from '@contract/rules/reading-order.ts';
import { sampleLibrary } from '@core/annotations/library.test-helper.ts';
import { findAnnotations, insertAnnotation, type BlockRangeColumns } from './annotations.ts';
import { listBlocks } from './library.ts';

describe('the SQL reading order', () => {
  it('is the reading order of electron/contract/rules on the same annotations', () => {
    const { db, docs } = sampleLibrary();
    const documentId = docs[0]!.id;
    const blocks = listBlocks(db, documentId);
    const selectors = { quoteExact: '某', quotePrefix: null, quoteSuffix: null, positionStart: 0, positionEnd: 1 };
    const passage = (start: number, so: number, end: number, eo: number, status: 'anchored' | 'orphan' = 'anchored') => {
      const range: BlockRangeColumns = { startBlockId: blocks[start]!.id, startOffset: so, endBlockId: blocks[end]!.id, endOffset: eo };
      return insertAnnotation(db, {
        documentId,
        kind: 'highlight',
        style: 'highlight',
        color: 'yellow',
        placement: { range: status === 'orphan' ? null : range, selectors },
        note: '',
        status,
      });
    };
    const note = () => insertAnnotation(db, { documentId, kind: 'note', style: null, color: null, placement: null, note: '整体' });
    // Made out of order on purpose, ties included.
    passage(3, 2, 3, 5, 'orphan');
    passage(4, 0, 4, 3);
    note();
    passage(2, 1, 3, 0);
    passage(2, 1, 2, 4);
    passage(2, 1, 3, 0);
    note();
    passage(1, 0, 1, 2, 'orphan');
    passage(1, 6, 1, 7);

    const rows = findAnnotations(db, { documentId, deleted: false });
    const blockIndex = new Map(blocks.map((b, i) => [b.id, i]));
    const keyOf = (r: (typeof rows)[number]) =>
      readingKey(
        r,
        r.startBlockId === null || r.endBlockId === null
          ? null
          : { start: { index: blockIndex.get(r.startBlockId)!, offset: r.startOffset! }, end: { index: blockIndex.get(r.endBlockId)!, offset: r.endOffset! } },
      );
    const shuffled = [...rows].reverse();
    expect(rows.map((r) => r.id)).toEqual(sortInReadingOrder(shuffled, keyOf).map((r) => r.id));
    expect(rows.map((r) => r.kind === 'note' ? 'note' : r.status)).toEqual(['note', 'note', 'anchored', 'anchored', 'anchored', 'anchored', 'anchored', 'orphan', 'orphan']);
  });
});
