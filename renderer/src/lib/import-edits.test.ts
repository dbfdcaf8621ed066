import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '@contract/contract.ts';
import { applyEdit, fieldEdit, mergeEdit, recordEdit, replay, splitEdit, type ReviewEdit } from './import-edits.ts';
import { fromDraft, type Review } from './import-review.ts';

const doc = (title: string, blocks: ImportDraft['documents'][number]['blocks'] = []) => ({ title, unit: null, speaker: null, blocks });
const heading = (text: string) => ({ kind: 'heading' as const, level: 1 as const, text });
const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

const first = fromDraft({
  title: null,
  preface: null,
  credits: [],
  documents: [doc('甲', [paragraph('a'), heading('一、'), paragraph('b')]), doc('乙', [paragraph('c')]), doc('丙')],
});

function apply(review: Review, ...edits: ReviewEdit[]): Review {
  return edits.reduce((r, e) => applyEdit(r, e)!, review);
}

describe('recordEdit', () => {
  it('keeps typing into one field as one edit', () => {
    let edits: ReviewEdit[] = [];
    for (const value of ['新', '新标', '新标题']) edits = recordEdit(edits, fieldEdit(first, 0, 'title', value));
    edits = recordEdit(edits, fieldEdit(first, 0, 'unit', '单位'));
    edits = recordEdit(edits, fieldEdit(first, 0, 'title', '再改'));
    expect(edits.map((e) => (e.kind === 'field' ? `${e.field}=${e.value}` : e.kind))).toEqual(['title=新标题', 'unit=单位', 'title=再改']);
  });

  it('keeps the briefing title apart from the preface', () => {
    let edits: ReviewEdit[] = [];
    edits = recordEdit(edits, { kind: 'briefing', field: 'title', value: 'x' });
    edits = recordEdit(edits, { kind: 'briefing', field: 'title', value: 'xy' });
    edits = recordEdit(edits, { kind: 'briefing', field: 'preface', value: 'p' });
    expect(edits).toHaveLength(2);
  });
});

describe('replay', () => {
  const edits: ReviewEdit[] = [
    { kind: 'briefing', field: 'title', value: '简报' },
    fieldEdit(first, 1, 'title', '乙（改）'),
    mergeEdit(first, 2),
  ];
  const merged = apply(first, ...edits);

  it('rebuilds the same review from the same reading', () => {
    expect(replay(first, edits)).toEqual({ review: merged, kept: edits, dropped: 0 });
  });

  it('puts edits on a new reading with as many documents, keeping what the reading changed', () => {
    const reread = { ...first, documents: first.documents.map((d, i) => (i === 1 ? { ...d, speakerName: '', unit: '韩城市' } : d)) };
    const { review, dropped } = replay(reread, edits);
    expect(dropped).toBe(0);
    expect(review.title).toBe('简报');
    expect(review.documents.map((d) => d.title)).toEqual(['甲', '乙（改）']);
    expect(review.documents[1]!.unit).toBe('韩城市');
  });

  it('drops document edits once the number of documents differs, and says how many', () => {
    const fewer = { ...first, documents: first.documents.slice(0, 2) };
    const { review, kept, dropped } = replay(fewer, edits);
    expect(dropped).toBe(2);
    expect(kept).toEqual([edits[0]]);
    expect(review.documents.map((d) => d.title)).toEqual(['甲', '乙']);
  });

  it('splits at the same heading after a re-read moved it', () => {
    const split = splitEdit(first, 0, 1);
    const moved = {
      ...first,
      documents: [{ ...first.documents[0]!, blocks: [paragraph('新'), ...first.documents[0]!.blocks] }, ...first.documents.slice(1)],
    };
    const { review, dropped } = replay(moved, [split]);
    expect(dropped).toBe(0);
    expect(review.documents.map((d) => d.title)).toEqual(['甲', '一、', '乙', '丙']);
    expect(review.documents[0]!.blocks.map((b) => b.text)).toEqual(['新', 'a']);
  });

  it('drops a split whose heading is gone', () => {
    const gone = { ...first, documents: [{ ...first.documents[0]!, blocks: [paragraph('a')] }, ...first.documents.slice(1)] };
    expect(replay(gone, [splitEdit(first, 0, 1)]).dropped).toBe(1);
  });
});
