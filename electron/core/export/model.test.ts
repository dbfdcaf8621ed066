import { describe, expect, it } from 'vitest';
import { annotations, documents, mark, sampleInput, tags } from './fixtures.test-helper.ts';
import { buildExportModel, cleanText } from './model.ts';

describe('buildExportModel, by document', () => {
  const model = buildExportModel(sampleInput(), { groupBy: 'document' });

  it('groups the notes under their documents in library order, each with title, unit and speaker', () => {
    expect(model.groups.map((g) => g.document?.unit)).toEqual(['西安高新区', '韩城市', '宝鸡市渭滨区', '旬阳市', '神木市']);
    expect(model.groups[0]?.document).toMatchObject({ title: '凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深', speaker: { name: '马巍安' } });
    expect(model.items).toHaveLength(annotations.length);
  });

  it('puts a note on the whole document first, then passages as they occur', () => {
    const first = model.groups[0]!.items;
    expect(first[0]?.kind).toBe('note');
    const starts = first.slice(1).map((i) => i.selectors.position!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives each item its quote, colour, ¶, heading path and citation', () => {
    const item = model.items.find((i) => i.quote === '投资80万元，打造企业高质量发展特训营')!;
    expect(item).toMatchObject({ color: 'yellow', style: 'highlight', paragraph: 3, tags: [tags.reform, tags.models] });
    expect(item.headingPath).toEqual(['一、举旗帜、筑信念，全面加强产业工人思想政治引领', '（二）坚持思想政治引领，立根塑魂。']);
    expect(item.citation).toBe(
      '马巍安（西安高新区）. 凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深[G]//产业工人队伍建设改革推进会交流发言. [2024-08-20]: ¶3.',
    );
  });

  it('cites a passage in someone’s turn to them, and an interviewer’s question to the document', () => {
    const turn = mark(0, '投资80万元，打造企业高质量发展特训营', { speaker: { name: '邹明川', role: '副厅长' } });
    const question = mark(0, '投资80万元，打造企业高质量发展特训营', { speaker: { name: '', role: '记者' } });
    const [byTurn, byQuestion] = buildExportModel(sampleInput({ annotations: [turn, question] }), { groupBy: 'document', order: 'given' }).items;
    expect(byTurn?.citation).toMatch(/^邹明川\. 凝心聚力/u);
    expect(byQuestion?.citation).toMatch(/^马巍安（西安高新区）\. 凝心聚力/u);
  });

  it('keeps a passage across paragraphs whole, with its line break', () => {
    expect(model.items.some((i) => i.quote?.startsWith('1. 组织领导健全有力。\n神木市委'))).toBe(true);
  });

  it('keeps the order it was given when asked to', () => {
    const given = buildExportModel(sampleInput(), { groupBy: 'document', order: 'given' });
    const inFirst = annotations.filter((a) => a.documentId === documents[0]!.id).map((a) => a.id);
    expect(given.groups[0]!.items.map((i) => i.annotationId)).toEqual(inFirst);
  });
});

describe('buildExportModel, by tag', () => {
  const model = buildExportModel(sampleInput(), { groupBy: 'tag' });

  it('prints an item under each of its tags, in the tags’ order, and the untagged last', () => {
    expect(model.groups.map((g) => g.tag?.name ?? null)).toEqual(['产改', '劳模精神', '职工服务', '民主管理', '技能提升', null]);
    const twice = model.groups.filter((g) => g.items.some((i) => i.quote === '投资80万元，打造企业高质量发展特训营'));
    expect(twice.map((g) => g.tag?.name)).toEqual(['产改', '劳模精神']);
    expect(model.groups.at(-1)!.items.every((i) => i.tags.length === 0)).toBe(true);
  });

  it('lists every annotation once in `items`', () => {
    expect(new Set(model.items.map((i) => i.annotationId)).size).toBe(annotations.length);
    expect(model.items).toHaveLength(annotations.length);
  });

  it('adds tags it was not told about after the known ones, by name in pinyin order', () => {
    const extra = { id: 99, name: '安全生产', color: '#475467' };
    const input = sampleInput({ annotations: [mark(0, '建设心灵驿站2个', { tags: [extra] }), ...annotations], tags: [tags.reform] });
    expect(buildExportModel(input, { groupBy: 'tag' }).groups.map((g) => g.tag?.name ?? null).slice(0, 5)).toEqual(['产改', '安全生产', '技能提升', '劳模精神', '民主管理']);
  });
});

describe('what is left out or cleaned', () => {
  it('leaves out annotations in the bin and those on documents not given', () => {
    const binned = { ...annotations[0]!, id: 500, deletedAt: '2024-08-07T00:00:00.000Z' };
    const stray = { ...annotations[1]!, id: 501, documentId: 999 };
    const model = buildExportModel(sampleInput({ annotations: [binned, stray, annotations[2]!] }), { groupBy: 'document' });
    expect(model.items.map((i) => i.annotationId)).toEqual([annotations[2]!.id]);
  });

  it('removes characters XML cannot hold and unpaired surrogates, and keeps emoji', () => {
    expect(cleanText('a\u0007b\r\nc\rd\u000be\ud800f😀')).toBe('ab\nc\ndef😀');
  });

  it('prints no empty cover field, and a default title for a blank one', () => {
    const model = buildExportModel(sampleInput({ cover: { title: '  ', trainee: ' ', className: null, date: '2024-08-06', place: '' } }), {
      groupBy: 'document',
    });
    expect(model.cover).toEqual({ title: '学习笔记', trainee: null, className: null, date: '2024-08-06', place: null });
  });
});
