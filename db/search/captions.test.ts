import { describe, expect, it } from 'vitest';
import { openLibrary } from '../open.ts';
import { search } from '../queries/search.ts';
import { insertBriefing, type NewDocument } from '../queries/store-briefing.ts';
import { sampleBriefing } from './sample.test-helper.ts';

const find = (db: ReturnType<typeof openLibrary>['db'], query: string, extra = {}) => search(db, { query, limit: 50, offset: 0, ...extra });

const speech = (title: string, unit: string, speakerName: string, speakerRole: string): NewDocument => ({
  title,
  unit,
  speakerName,
  speakerRole,
  blocks: [{ kind: 'paragraph', level: null, text: '正文一段。' }],
});

describe('searching speakers, roles and units', () => {
  it('finds the speeches whose caption holds every term, folded as text is, in library order', () => {
    const { db } = openLibrary(':memory:');
    const sample = insertBriefing(db, sampleBriefing());
    const mine = insertBriefing(db, {
      ...sampleBriefing(),
      source: { name: 'b.txt', format: 'txt', sha256: 'ab'.repeat(32), bytes: new Uint8Array([2]) },
      documents: [speech('甲', '某市总工会', '王一', '工会主席'), speech('乙', '某县', '李二', '县总工会副主席'), speech('丙', '某区', '赵三', '区长')],
    });
    const rows = find(db, '工会主席');
    expect(rows.groups).toEqual([]);
    // The newest briefing first, then the sample, whose speeches name 市总工会主席 and 区总工会主席; 工会副主席 is not 工会主席.
    expect(rows.captions.hits.map((h) => h.document.unit)).toEqual(['某市总工会', '韩城市', '宝鸡市渭滨区', '旬阳市']);
    expect(rows.captions.total).toBe(4);
    expect(rows.captions.hits[0]).toMatchObject({ snippet: '某市总工会 王一 工会主席', ranges: [[9, 13]] });

    expect(find(db, '副主席 李二').captions.hits.map((h) => h.document.title)).toEqual(['乙']);
    expect(find(db, '工会主席', { briefingId: sample }).captions.total).toBe(3);
    expect(find(db, '工会主席', { briefingId: mine, speaker: '王一' }).captions.hits.map((h) => h.document.title)).toEqual(['甲']);
    // The sample's captions too: its speakers are found by name.
    expect(find(db, '马巍安').captions.hits.map((h) => h.document.unit)).toEqual(['西安高新区']);
  });

  it('sees a document stored after the last search, and lists captions with the first page only', () => {
    const { db } = openLibrary(':memory:');
    expect(find(db, '工会主席').captions.total).toBe(0);
    insertBriefing(db, { ...sampleBriefing(), documents: [speech('甲', '某市总工会', '王一', '工会主席')] });
    expect(find(db, '工会主席').captions.total).toBe(1);
    expect(find(db, '工会主席', { offset: 10 }).captions).toEqual({ total: 1, hits: [] });
  });

  it('finds an interview by its guest or a turn speaker, named only in its participants and turns', () => {
    const { db } = openLibrary(':memory:');
    const interview: NewDocument = {
      title: '菜篮子怎样连起城乡',
      unit: null,
      speakerName: null,
      speakerRole: null,
      blocks: [
        { kind: 'paragraph', level: null, text: '农民卖菜还难不难？', speaker: { name: '', role: '记者' } },
        { kind: 'paragraph', level: null, text: '容易多了。', speaker: { name: '邹明川', role: null } },
        { kind: 'paragraph', level: null, text: '我们再补充一点。', speaker: { name: '韦小舟', role: '合作社理事长' } },
      ],
      layout: { kind: 'interview', participants: [{ name: '邹明川', role: '副厅长', unit: '云岭省商务厅' }], authors: [], source: null },
    };
    insertBriefing(db, { ...sampleBriefing(), documents: [speech('甲', '某市总工会', '王一', '工会主席'), interview] });
    const titles = (query: string) => find(db, query).captions.hits.map((h) => h.document.title);
    expect(titles('邹明川')).toEqual(['菜篮子怎样连起城乡']);
    expect(titles('云岭省商务厅 副厅长')).toEqual(['菜篮子怎样连起城乡']);
    // A turn's speaker who is no participant, by name and by role.
    expect(titles('韦小舟')).toEqual(['菜篮子怎样连起城乡']);
    expect(titles('理事长')).toEqual(['菜篮子怎样连起城乡']);
    expect(titles('记者')).toEqual(['菜篮子怎样连起城乡']);
    // The guest, who also speaks turns, is shown once.
    expect(find(db, '邹明川').captions.hits[0]).toMatchObject({ snippet: '云岭省商务厅 邹明川 副厅长；记者；韦小舟 合作社理事长' });
    expect(titles('王一')).toEqual(['甲']);
  });
});
