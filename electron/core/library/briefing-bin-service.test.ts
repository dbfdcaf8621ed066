import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, emptyBin, listAnnotations } from '../annotations/annotation-service.ts';
import { codeOf, rangeOf, sampleLibrary } from '../annotations/library.test-helper.ts';
import { deleteBriefing, renameBriefing, restoreBriefing } from './briefing-bin-service.ts';
import { getDocument, listBriefings, listDocuments } from './library-service.ts';

describe('the briefing bin', () => {
  it('renames a briefing, refusing an empty title and one in the bin', () => {
    const { db, briefingId } = sampleLibrary();
    expect(renameBriefing(db, briefingId, '  产改推进会（第一期）  ').title).toBe('产改推进会（第一期）');
    expect(listDocuments(db)[0]!.briefing.title).toBe('产改推进会（第一期）');
    expect(codeOf(() => renameBriefing(db, briefingId, '   '))).toBe('invalid_argument');
    deleteBriefing(db, briefingId);
    expect(codeOf(() => renameBriefing(db, briefingId, '新名'))).toBe('not_found');
  });

  it('takes the documents and their annotations along, and a document in the bin cannot be opened or annotated', () => {
    const { db, briefingId, docs } = sampleLibrary();
    createAnnotation(db, { documentId: docs[0]!.id, kind: 'highlight', range: rangeOf(db, docs[0]!.id, '举旗帜') });
    const binned = deleteBriefing(db, briefingId);
    expect(binned).toMatchObject({ id: briefingId, documentCount: 5 });
    expect(listBriefings(db, true).map((b) => b.id)).toEqual([briefingId]);
    expect(codeOf(() => getDocument(db, docs[0]!.id))).toBe('not_found');
    expect(codeOf(() => createAnnotation(db, { documentId: docs[0]!.id, kind: 'note', note: '新' }))).toBe('not_found');
    expect(codeOf(() => deleteBriefing(db, briefingId))).toBe('not_found');
    restoreBriefing(db, briefingId);
    expect(listAnnotations(db, {})).toHaveLength(1);
    expect(codeOf(() => restoreBriefing(db, briefingId))).toBe('not_found');
  });

  it('empties the bin of briefings for good, counting them apart from annotations', () => {
    const { db, briefingId, docs } = sampleLibrary();
    createAnnotation(db, { documentId: docs[1]!.id, kind: 'note', note: '留着' });
    const gone = createAnnotation(db, { documentId: docs[2]!.id, kind: 'note', note: '删掉' });
    deleteAnnotation(db, gone.id);
    deleteBriefing(db, briefingId);
    expect(emptyBin(db)).toEqual({ removed: 1, briefings: 1 });
    expect(listBriefings(db, true)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(0);
    expect(emptyBin(db)).toEqual({ removed: 0, briefings: 0 });
  });
});
