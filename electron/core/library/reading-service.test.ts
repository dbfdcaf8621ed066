import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import { getDocument, listDocuments } from './library-service.ts';
import { listReadingPositions, saveReadingPosition } from './reading-service.ts';

function library() {
  const { db } = openLibrary(':memory:');
  insertBriefing(db, {
    title: null,
    preface: null,
    credits: [],
    source: { name: 'a.txt', format: 'txt', sha256: 'ef'.repeat(32), bytes: new Uint8Array([1]) },
    documents: [
      {
        title: '讲话',
        unit: null,
        speakerName: null,
        speakerRole: null,
        blocks: [
          { kind: 'paragraph', level: null, text: '一' },
          { kind: 'paragraph', level: null, text: '二' },
        ],
      },
    ],
  });
  const doc = getDocument(db, listDocuments(db)[0]!.id);
  return { db, doc };
}

describe('reading service', () => {
  it('returns the saved position with the document it belongs to', () => {
    const { db, doc } = library();
    expect(doc.readingPosition).toBeNull();
    const saved = saveReadingPosition(db, doc.id, doc.blocks[1]!.id);
    expect(saved).toMatchObject({ documentId: doc.id, blockId: doc.blocks[1]!.id, paragraph: 2, paragraphCount: 2 });
    expect(getDocument(db, doc.id).readingPosition).toEqual(saved);
    expect(listReadingPositions(db)).toEqual([saved]);
  });

  it('reports a block outside the document as not found', () => {
    const { db, doc } = library();
    expect(() => saveReadingPosition(db, doc.id + 1, doc.blocks[0]!.id)).toThrow(
      expect.objectContaining({ name: 'ApiError', code: 'not_found' }),
    );
  });
});
