import { describe, expect, it } from 'vitest';
import { sampleInput } from './fixtures.test-helper.ts';
import { labelsFor } from './labels.ts';
import { buildExportModel } from './model.ts';
import { coverLines, coverRows, groupView, itemView, markAndMeta } from './view.ts';

const labels = labelsFor('zh-CN');

describe('the wording every format shares', () => {
  const byDocument = buildExportModel(sampleInput(), { groupBy: 'document' });
  const byTag = buildExportModel(sampleInput(), { groupBy: 'tag' });
  const find = (quote: string) => byDocument.items.find((i) => i.quote === quote)!;

  it('leads an item with its ¶, then the headings above it', () => {
    const view = itemView(find('投资80万元，打造企业高质量发展特训营'), byDocument);
    expect(view.place).toBe('¶3　一、举旗帜、筑信念，全面加强产业工人思想政治引领\u00a0› （二）坚持思想政治引领，立根塑魂。');
    expect(view.source).toMatch(/^出处：马巍安（西安高新区）\. /u);
    expect(view.note).toEqual(['以评选办法和特训营带动工匠培养，我单位可以借鉴。', '下一步：向党组汇报，研究设立本单位“工匠”评选。']);
    expect(view.mark).toBe('黄色高亮');
    expect(view.meta).toBe('标签：产改　劳模精神');
    expect(markAndMeta(view)).toBe('黄色高亮　标签：产改　劳模精神');
  });

  it('says whose speech it is when grouped by tag', () => {
    const item = byTag.items.find((i) => i.quote === '聘请2名专职律师')!;
    expect(itemView(item, byTag).place).toMatch(/^向小敏\u3000¶\d+\u3000五、聚焦维权服务/u);
  });

  it('names what has no colour: a document note, a bookmark, an orphan', () => {
    const note = byDocument.items.find((i) => i.kind === 'note')!;
    expect(itemView(note, byDocument)).toMatchObject({ place: '文档笔记', quote: [], mark: null, meta: '标签：产改' });
    expect(itemView(byDocument.items.find((i) => i.kind === 'bookmark')!, byDocument)).toMatchObject({ mark: '书签', meta: '' });
    expect(markAndMeta(itemView(byDocument.items.find((i) => i.orphan)!, byDocument))).toMatch(/^紫色高亮\u3000标签：劳模精神\u3000（原文已改动/u);
  });

  it('drops blank lines of a note', () => {
    expect(itemView(find('建设心灵驿站2个'), byDocument).note).toEqual(['心理健康服务', '要点：驿站＋服务团队']);
  });

  it('numbers groups 一、二、 and gives a document its byline, a tag its colour', () => {
    expect(groupView(byDocument.groups[1]!, 1, labels)).toMatchObject({ number: '二、', byline: '韩城市　孙长虹（韩城市人大常委会副主任、市总工会主席）', tagColor: null });
    expect(groupView(byTag.groups[0]!, 0, labels)).toMatchObject({ number: '一、', title: '产改', tagColor: '#b42318' });
    expect(groupView(byTag.groups.at(-1)!, 5, labels).title).toBe('未加标签');
  });

  it('lays the cover out a field a line for the official template, compactly for the handout', () => {
    const lines = coverLines(byDocument.cover, labels);
    expect(lines.map((l) => `${l.label}：${l.value}`)).toEqual(['学员：李晓红', '班次：陕西省县（区）产业工人队伍建设改革推进会暨培训班', '日期：2024年8月6日', '地点：韩城市']);
    expect(coverRows(lines, 'official')).toHaveLength(4);
    expect(coverRows(lines, 'handout').map((row) => row.map((l) => l.field))).toEqual([['trainee', 'date', 'place'], ['className']]);
  });
});
