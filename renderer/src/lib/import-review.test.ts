import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '@contract/contract.ts';
import { blockCounts, fromDraft, mergeWithPrevious, setDocumentField, splitDocument, toDraft, validate } from './import-review.ts';

const draft: ImportDraft = {
  title: null,
  preface: '为深入学习领会……',
  credits: ['□本版图片由本报记者鲜康摄'],
  documents: [
    {
      title: '凝心聚力 扩面提质',
      unit: '西安高新区',
      speaker: { name: '马巍安', role: '区总工会常务副主席' },
      blocks: [
        { kind: 'paragraph', text: '近年来……' },
        { kind: 'heading', level: 1, text: '一、举旗帜、筑信念' },
        { kind: 'paragraph', text: '甲' },
        { kind: 'heading', level: 1, text: '二、搭平台、筑赛道' },
        { kind: 'heading', level: 2, text: '（一）盯牢契合点' },
        { kind: 'paragraph', text: '乙' },
      ],
    },
    { title: '改革志在心 突破践于行', unit: '神木市', speaker: null, blocks: [{ kind: 'paragraph', text: '丙' }] },
  ],
};

describe('fromDraft and toDraft', () => {
  it('round-trips an unedited draft', () => {
    expect(toDraft(fromDraft(draft))).toEqual(draft);
  });

  it('gives inputs strings, never null', () => {
    const review = fromDraft(draft);
    expect(review.title).toBe('');
    expect(review.documents[1]).toMatchObject({ unit: '神木市', speakerName: '', speakerRole: '' });
  });

  it('trims what was typed and saves empty fields as null', () => {
    let review = fromDraft(draft);
    review = { ...review, title: '  产改经验交流  ', preface: '   ' };
    review = setDocumentField(review, 0, 'unit', ' ')!;
    review = setDocumentField(review, 0, 'speakerRole', '')!;
    review = setDocumentField(review, 1, 'speakerName', ' 刘文军 ')!;
    const saved = toDraft(review);
    expect(saved.title).toBe('产改经验交流');
    expect(saved.preface).toBeNull();
    expect(saved.documents[0]).toMatchObject({ unit: null, speaker: { name: '马巍安', role: null } });
    expect(saved.documents[1]!.speaker).toEqual({ name: '刘文军', role: null });
  });
});

describe('splitDocument', () => {
  it('splits at a heading, which titles the new document', () => {
    const review = splitDocument(fromDraft(draft), 0, 3)!;
    expect(review.documents.map((d) => d.title)).toEqual(['凝心聚力 扩面提质', '二、搭平台、筑赛道', '改革志在心 突破践于行']);
    expect(review.documents[0]!.blocks).toHaveLength(3);
    expect(review.documents[1]).toMatchObject({ unit: '', speakerName: '', speakerRole: '' });
    expect(review.documents[1]!.blocks.map((b) => b.text)).toEqual(['（一）盯牢契合点', '乙']);
  });

  it('splits at a paragraph too: a short one is a missed title, a long one opens a body whose title is asked for', () => {
    const short = splitDocument(fromDraft(draft), 0, 2)!;
    expect(short.documents.map((d) => d.title)).toEqual(['凝心聚力 扩面提质', '甲', '改革志在心 突破践于行']);
    expect(short.documents[1]!.blocks.map((b) => b.text)).toEqual(['二、搭平台、筑赛道', '（一）盯牢契合点', '乙']);
    const long = { ...draft, documents: [{ ...draft.documents[0]!, blocks: [...draft.documents[0]!.blocks.slice(0, 1), { kind: 'paragraph' as const, text: '今年以来，我们坚持问题导向，把群众最关心的事一件件办好。' }] }] };
    const opened = splitDocument(fromDraft(long), 0, 1)!;
    expect(opened.documents.map((d) => d.title)).toEqual(['凝心聚力 扩面提质', '']);
    expect(opened.documents[1]!.blocks.map((b) => b.text)).toEqual(['今年以来，我们坚持问题导向，把群众最关心的事一件件办好。']);
    expect(validate(opened).documents[1]?.title).toBeDefined();
  });

  it('keeps what the importer read of a document, turns included, through the review to the draft', () => {
    const interview = {
      ...draft,
      documents: [
        {
          title: '小小菜篮子',
          unit: null,
          speaker: null,
          kind: 'interview' as const,
          participants: [{ name: '邹明川', role: '副厅长', unit: '云岭省商务厅' }],
          confidence: 0.6,
          blocks: [{ kind: 'paragraph' as const, text: '邹明川：比过去容易多了。', speaker: { name: '邹明川', role: '副厅长' } }],
        },
      ],
    };
    expect(toDraft(fromDraft(interview)).documents[0]).toEqual(interview.documents[0]);
  });

  it('refuses the first block and blocks that do not exist', () => {
    const review = fromDraft(draft);
    expect(splitDocument(fromDraft({ ...draft, documents: [{ ...draft.documents[0]!, blocks: draft.documents[0]!.blocks.slice(1) }] }), 0, 0)).toBeNull();
    expect(splitDocument(review, 0, 99)).toBeNull();
    expect(splitDocument(review, 5, 1)).toBeNull();
  });

  it('leaves the review it was given alone', () => {
    const review = fromDraft(draft);
    splitDocument(review, 0, 3);
    expect(review.documents).toHaveLength(2);
  });
});

describe('mergeWithPrevious', () => {
  it('appends a document to the previous one under a heading of its title', () => {
    const review = mergeWithPrevious(fromDraft(draft), 1)!;
    expect(review.documents).toHaveLength(1);
    const blocks = review.documents[0]!.blocks;
    expect(blocks.slice(-2).map((b) => [b.kind, b.text])).toEqual([
      ['heading', '改革志在心 突破践于行'],
      ['paragraph', '丙'],
    ]);
    expect(review.documents[0]!.unit).toBe('西安高新区');
  });

  it('is undone by splitting at that heading, unit and speaker included', () => {
    const original = setDocumentField(fromDraft(draft), 1, 'speakerName', '刘文军')!;
    const merged = mergeWithPrevious(original, 1)!;
    expect(splitDocument(merged, 0, draft.documents[0]!.blocks.length)).toEqual(original);
  });

  it('saves the seam as a plain heading', () => {
    const saved = toDraft(mergeWithPrevious(fromDraft(draft), 1)!);
    expect(saved.documents[0]!.blocks.at(-2)).toEqual({ kind: 'heading', level: 1, text: '改革志在心 突破践于行' });
  });

  it('has nothing to merge the first document into', () => {
    expect(mergeWithPrevious(fromDraft(draft), 0)).toBeNull();
  });
});

describe('blockCounts', () => {
  it('counts headings and paragraphs', () => {
    expect(blockCounts(fromDraft(draft).documents[0]!)).toEqual({ headings: 3, paragraphs: 3 });
  });
});

describe('validate', () => {
  it('finds nothing wrong with the importer’s reading', () => {
    expect(validate(fromDraft(draft))).toEqual({ documents: [{}, {}], count: 0 });
  });

  it('needs a title for every document, but not for the briefing', () => {
    const problems = validate(setDocumentField(fromDraft(draft), 1, 'title', '  ')!);
    expect(problems.documents[1]).toEqual({ title: 'importTitleRequired' });
    expect(problems.title).toBeUndefined();
    expect(problems.count).toBe(1);
  });

  it('needs a name when a position is given', () => {
    const problems = validate(setDocumentField(fromDraft(draft), 1, 'speakerRole', '主席')!);
    expect(problems.documents[1]).toEqual({ speakerName: 'importSpeakerNameRequired' });
  });

  it('keeps every field within the API’s limit', () => {
    const long = '字'.repeat(2_001);
    let review = { ...fromDraft(draft), title: long };
    review = setDocumentField(review, 0, 'unit', long)!;
    const problems = validate(review);
    expect(problems).toMatchObject({ title: 'importTooLong', count: 2 });
    expect(problems.documents[0]).toEqual({ unit: 'importTooLong' });
  });
});
