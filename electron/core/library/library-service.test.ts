import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { listDocuments } from '@db/queries/library.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import { createAnnotation } from '../annotations/annotation-service.ts';
import { briefingOf, rangeOf } from '../annotations/library.test-helper.ts';
import { getDocument, listDocuments as listSummaries } from './library-service.ts';

const page = readFileSync(join(import.meta.dirname, '..', 'import', 'parse', 'fixtures', 'formats', 'page.txt'), 'utf8');

describe('getDocument', () => {
  it('gives an interview its kind, its participants and each paragraph’s speaker', () => {
    const { db } = openLibrary(':memory:');
    const docs = listDocuments(db, insertBriefing(db, briefingOf(page, 'page.txt')));
    const interview = getDocument(db, docs[2]!.id);
    expect(interview.kind).toBe('interview');
    expect(interview.participants).toContainEqual({ name: '邹明川', role: '副厅长', unit: '云岭省商务厅' });
    expect(interview.blocks.map((b) => (b.kind === 'paragraph' ? (b.speaker?.name || b.speaker?.role) : null))).toEqual(['记者', '邹明川', '记者', '邹明川']);
    const speech = getDocument(db, docs[0]!.id);
    expect(speech.kind).toBe('speech');
    expect(speech.blocks.every((b) => !('speaker' in b))).toBe(true);
  });

  it('says who speaks an annotated passage: the turn it starts in', () => {
    const { db } = openLibrary(':memory:');
    const docs = listDocuments(db, insertBriefing(db, briefingOf(page, 'page.txt')));
    const mark = (quote: string) => createAnnotation(db, { documentId: docs[2]!.id, kind: 'highlight', color: 'yellow', range: rangeOf(db, docs[2]!.id, quote) });
    expect(mark('冷链集配中心').speaker).toEqual({ name: '邹明川', role: '副厅长' });
    expect(mark('价格会不会因此上涨').speaker).toEqual({ name: '', role: '记者' });
    const inSpeech = createAnnotation(db, { documentId: docs[0]!.id, kind: 'highlight', color: 'yellow', range: rangeOf(db, docs[0]!.id, '路长制') });
    expect(inSpeech.speaker).toBeUndefined();
  });
});

describe('listDocuments', () => {
  it('names who speaks in an interview, each once, and leaves a speech without voices', () => {
    const { db } = openLibrary(':memory:');
    const docs = listSummaries(db, insertBriefing(db, briefingOf(page, 'page.txt')));
    expect(docs[2]!.voices).toEqual([
      { name: '邹明川', role: '副厅长', unit: '云岭省商务厅' },
      { name: '', role: '记者', unit: null },
    ]);
    expect(docs[0]!.voices).toBeUndefined();
  });
});
