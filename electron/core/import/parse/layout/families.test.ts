import { describe, expect, it } from 'vitest';
import { parseBriefingText, parseFile } from '../index.ts';
import type { ParsedBriefing, ParsedDocument } from '../types.ts';

/** One fixture per layout family, written for these tests: invented people, units and words. */
const md = (text: string): Promise<ParsedBriefing> => parseFile(new TextEncoder().encode(text), 'page.md');
const texts = (doc: ParsedDocument | undefined): string[] => (doc?.blocks ?? []).map((b) => b.text);
const sayer = (doc: ParsedDocument, start: string): string | null => {
  const block = doc.blocks.find((b) => b.text.startsWith(start));
  return (block?.kind === 'paragraph' ? block.speaker?.name : undefined) ?? doc.speaker?.name ?? null;
};
const names = (doc: ParsedDocument | undefined): string[] => (doc?.participants ?? []).map((p) => p.name);

describe('layout families', () => {
  it('title → unit line → caption, and title → caption with unit, job and a spaced name run together', () => {
    const b = parseBriefingText(
      [
        '青山论坛发言摘登',
        '把课堂搬进车间',
        '青山市',
        '青山市总工会主席周远航',
        '我们把技能课堂开进了生产一线，一年办班四十期。',
        '让数据多跑路',
        '青山职业技术学院党委副书记、院长  林  岚',
        '学院建成实训数据平台，学生在线练习时长翻了一番。',
        '（本报记者宋禾整理）',
      ].join('\n'),
    );
    expect(b.title).toBe('青山论坛发言摘登');
    expect(b.documents.map((d) => [d.title, d.unit, d.speaker?.name, d.speaker?.role, d.kind])).toEqual([
      ['把课堂搬进车间', '青山市', '周远航', '青山市总工会主席', 'speech'],
      ['让数据多跑路', '青山职业技术学院', '林岚', '党委副书记、院长', 'speech'],
    ]);
    expect(b.documents[1]?.authors).toEqual([{ name: '宋禾', role: '本报记者整理' }]);
    expect(texts(b.documents[1])).toEqual(['学院建成实训数据平台，学生在线练习时长翻了一番。']);
  });

  it('a person kicker before the title names the speaker; the source line and the credit are metadata', async () => {
    const b = await md('### 许明川委员——\n\n# 让小店留住烟火气\n\n> 《晨光日报》（2024年05月06日第 04 版）\n\n“小店是街巷的温度。”许明川委员说，应当为小店减负。\n\n他建议简化审批，延长经营时间。\n\n（本报记者柯蓝整理）\n');
    const [doc] = b.documents;
    expect(b.documents).toHaveLength(1);
    expect(doc).toMatchObject({ title: '让小店留住烟火气', speaker: { name: '许明川', role: '委员' }, kind: 'statement' });
    expect(doc?.source).toEqual({ publication: '晨光日报', date: '2024-05-06', page: 4 });
    expect(doc?.authors).toEqual([{ name: '柯蓝', role: '本报记者整理' }]);
    expect(texts(doc).join('')).not.toMatch(/整理|许明川委员——/u);
  });

  it('a caption printed before each quoted title: one document per caption, the shape repeated', async () => {
    const b = await md(
      '# 代表委员话发展\n\n北湖大学副校长  蓝天舒\n\n“要让科研成果走出实验室”\n\n学校与企业共建了十个联合实验室，成果转化率逐年提高。\n\n南岭县县长  米  可\n\n“把特色产业做成富民产业”\n\n全县茶叶种植面积扩大到五万亩，带动农户增收。\n',
    );
    expect(b.title).toBe('代表委员话发展');
    expect(b.documents.map((d) => [d.title, d.unit, d.speaker?.name, d.speaker?.role, d.confidence])).toEqual([
      ['“要让科研成果走出实验室”', '北湖大学', '蓝天舒', '副校长', 0.9],
      ['“把特色产业做成富民产业”', '南岭县', '米可', '县长', 0.9],
    ]);
    expect(texts(b.documents[0])).toEqual(['学校与企业共建了十个联合实验室，成果转化率逐年提高。']);
  });

  it('a bracketed topic line above a title belongs to that title, not to the speech before', () => {
    const b = parseBriefingText(
      ['【基层声音】', '把服务送到门口', '东坪街道', '东坪街道工委书记韦一帆', '街道建起了十五分钟服务圈。', '【基层声音】', '让老街焕新颜', '西坪镇', '西坪镇党委书记冉青', '老街改造保留了原有风貌。'].join('\n'),
    );
    expect(b.documents.map((d) => [d.title, d.unit, d.speaker?.name])).toEqual([
      ['【基层声音】把服务送到门口', '东坪街道', '韦一帆'],
      ['【基层声音】让老街焕新颜', '西坪镇', '冉青'],
    ]);
    expect(texts(b.documents[0])).toEqual(['街道建起了十五分钟服务圈。']);
  });

  it('a topic kicker leads into its headline; a byline under it opens a reported piece', () => {
    const b = parseBriefingText(
      [
        '夯实就业基本盘——',
        '技能培训覆盖更多青年',
        '本报记者  方  舟  童一鸣',
        '记者从市人社局获悉，今年已组织青年技能培训两万人次，覆盖全部街道。',
        '“培训后找工作更有底气了。”一位学员说。',
        '守护一江清水——',
        '沿江治污进入攻坚期',
        '本报记者  伍晴',
        '沿江各区今年关停排污口一百余个，水质持续向好。',
      ].join('\n'),
    );
    expect(b.documents.map((d) => [d.title, d.speaker, d.kind])).toEqual([
      ['夯实就业基本盘——技能培训覆盖更多青年', null, 'article'],
      ['守护一江清水——沿江治污进入攻坚期', null, 'article'],
    ]);
    expect(b.documents[0]?.authors).toEqual([
      { name: '方舟', role: '本报记者' },
      { name: '童一鸣', role: '本报记者' },
    ]);
  });

  it('words first, then `——姓名代表（单位职务）` signing them', async () => {
    const b = await md('# 代表委员说\n\n当前社区养老还有短板，建议把助餐点开到每个小区门口，让老人少走路。\n\n——田雨禾代表（南川县人民医院副院长）\n\n乡村学校需要更多音乐美术老师，建议建立城乡教师轮岗机制。\n\n——邵可委员（北湖师范学院教授）\n\n（本报记者程一整理）\n');
    const [doc] = b.documents;
    expect(doc?.kind).toBe('statement');
    expect(sayer(doc!, '当前社区养老')).toBe('田雨禾');
    expect(sayer(doc!, '乡村学校')).toBe('邵可');
    expect(doc?.participants).toEqual([
      { name: '田雨禾', role: '代表、副院长', unit: '南川县人民医院' },
      { name: '邵可', role: '委员、教授', unit: '北湖师范学院' },
    ]);
    expect(texts(doc).some((t) => t.startsWith('——'))).toBe(false);
    expect(names(doc)).not.toContain('程一');
  });

  it('inline `姓名代表（单位职务）：` opens a turn that runs on until the next, and section heads close it', async () => {
    const b = await md(
      '# 热议法治建设\n\n> 本报记者  顾  言《晨光日报》（2024年03月10日第 09 版）\n\n数据来源：某某工作报告\n\n针对群众关心的话题，记者连线了几位代表委员。\n\n——编  者\n\n守护公平正义\n\n罗青代表（东原律师事务所主任）：过去一年，法律援助覆盖面明显扩大。\n\n建议进一步下沉法律服务，让群众少跑腿。\n\n白露委员（西岭大学法学院教授）：公正司法是群众最朴素的期待。\n\n服务基层治理\n\n这一部分由记者综述，各地做法各有特色，成效逐步显现。\n',
    );
    const [doc] = b.documents;
    expect(sayer(doc!, '罗青代表')).toBe('罗青');
    expect(sayer(doc!, '建议进一步下沉')).toBe('罗青');
    expect(sayer(doc!, '白露委员')).toBe('白露');
    expect(sayer(doc!, '这一部分由记者综述')).toBeNull();
    expect(doc?.blocks.find((x) => x.text.startsWith('针对群众'))).toMatchObject({ speaker: { name: '', role: '编者' } });
    expect(doc?.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(['守护公平正义', '服务基层治理']);
    expect(texts(doc).join('')).not.toMatch(/数据来源|顾言/u);
    expect(doc?.authors).toEqual([{ name: '顾言', role: '本报记者' }]);
  });

  it('an interview with a guest list (names spaced in the list, not in the labels) and 记者 questions', async () => {
    const b = await md(
      '# 托起一老一小（民声访谈）\n\n> 本报记者  黎  川《晨光日报》（2024年03月08日第 05 版）\n\n今年托育服务有哪些新举措？记者采访了几位代表。\n\n对话嘉宾：\n\n钟  瑶  全国人大代表、江北幼儿园园长\n\n覃思远  全国政协委员、南岭大学副校长\n\n记  者：托育费用高的问题如何破解？\n\n钟瑶：我们试点了社区普惠托位，价格降了三成。\n\n覃思远：还要加大财政补贴力度。\n\n记  者：师资从哪里来？\n\n钟瑶：高校要扩大托育专业招生。\n\n（本报记者梅冬参与采访）\n',
    );
    const [doc] = b.documents;
    expect(doc?.kind).toBe('interview');
    expect(doc?.participants).toEqual(
      expect.arrayContaining([
        { name: '钟瑶', role: '全国人大代表、江北幼儿园园长', unit: null },
        { name: '覃思远', role: '全国政协委员、南岭大学副校长', unit: null },
        { name: '', role: '记者', unit: null },
      ]),
    );
    expect(doc?.blocks.filter((x) => x.kind === 'paragraph' && x.speaker).map((x) => (x.kind === 'paragraph' ? x.speaker?.name || x.speaker?.role : ''))).toEqual([
      '记者', '钟瑶', '覃思远', '记者', '钟瑶',
    ]);
    expect(sayer(doc!, '今年托育服务')).toBeNull();
    expect(texts(doc).join('')).not.toMatch(/参与采访|对话嘉宾/u);
    expect(names(doc)).not.toContain('黎川');
  });

  it('one interviewee named only in a `——访…` subtitle; bold section heads stay headings', async () => {
    const b = await md(
      '# 打造开放新高地（权威访谈）\n\n## ——访东川市委副书记、市长江临风\n\n> 本报记者  孔  茗《晨光日报》（2024年04月01日第 02 版）\n\n东川如何扩大开放？记者采访了东川市市长。\n\n**稳外贸要出实招**\n\n记者：东川今年如何稳外贸？\n\n江临风：我们设立了外贸服务专班，帮企业拓市场。\n\n一是抓订单。组织企业参加展会。\n\n**让外资愿意来**\n\n记者：吸引外资有何打算？\n\n江临风：持续优化营商环境，做好外资企业服务。\n',
    );
    const [doc] = b.documents;
    expect(doc?.kind).toBe('interview');
    expect(doc?.participants).toEqual(expect.arrayContaining([{ name: '江临风', role: '副书记、市长', unit: '东川市委' }]));
    expect(sayer(doc!, '一是抓订单')).toBe('江临风');
    expect(doc?.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(['稳外贸要出实招', '让外资愿意来']);
    const turns = doc!.blocks.flatMap((x) => (x.kind === 'paragraph' && x.speaker && x.text.includes('：') && /^\S{2,3}：/u.test(x.text) ? [x.speaker.name || x.speaker.role] : []));
    expect(turns).toEqual(['记者', '江临风', '记者', '江临风']);
  });

  it('a single author named only in the byline, with a closing `（作者为…）`', async () => {
    const b = await md('# 让数据要素流动起来（专家观点）\n\n> 程  远《晨光日报》（2024年03月31日第 07 版）\n\n数据要素市场正在加快形成。\n\n要完善规则，保护好各方权益。\n\n（作者为西湖大学数据科学研究院院长，本报记者甘棠采访整理）\n');
    const [doc] = b.documents;
    expect(doc).toMatchObject({ speaker: { name: '程远', role: '院长' }, unit: '西湖大学数据科学研究院', kind: 'article' });
    expect(doc?.authors).toEqual([
      { name: '程远', role: null },
      { name: '甘棠', role: '本报记者采访整理' },
    ]);
    expect(texts(doc).join('')).not.toMatch(/作者为/u);
  });

  it('a single author named only in the closing `（作者为…）`', () => {
    const b = parseBriefingText('让乡村书屋活起来\n乡村书屋要有人气，关键在于常办活动。\n书屋还可以和学校结对，让孩子们多来读书。\n（作者为南岭师范学院文学院教授乔木森）');
    const [doc] = b.documents;
    expect(doc).toMatchObject({ title: '让乡村书屋活起来', speaker: { name: '乔木森', role: '教授' }, unit: '南岭师范学院文学院', kind: 'article' });
    expect(texts(doc).join('')).not.toMatch(/作者为/u);
  });

  it('a long report whose speaker is in the dateline sentence, with standalone section heads', async () => {
    const paragraph = '一年来，各项工作稳步推进，群众满意度持续提升，改革任务按期完成。';
    const b = await md(
      `# 南州市人民法院工作报告（摘要）\n\n新华社南州3月2日电  南州市人民法院院长贺知秋2日向市人民代表大会作工作报告。摘要如下：\n\n**2023年工作回顾**\n\n${paragraph}\n\n一、坚持公正司法\n\n${paragraph}\n\n**2024年工作安排**\n\n${paragraph}\n\n${paragraph}\n`,
    );
    const [doc] = b.documents;
    expect(doc).toMatchObject({ speaker: { name: '贺知秋', role: '院长' }, unit: '南州市人民法院', kind: 'report' });
    expect(doc?.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(['2023年工作回顾', '一、坚持公正司法', '2024年工作安排']);
  });

  it('reported news quoting people in the third person invents no speaker; reporters are authors', async () => {
    const b = await md(
      '# 消费市场持续回暖\n\n> 《晨光日报》（2024年03月07日第 06 版）\n\n本报记者  葛  青\n\n“今年的消费券更精准了。”石磊代表说，商户客流明显增加。\n\n记者了解到：全市新开门店三百余家。\n\n马骁委员认为，还要提升服务质量。\n',
    );
    const [doc] = b.documents;
    expect(doc?.speaker).toBeNull();
    expect(doc?.kind).toBe('article');
    expect(doc?.blocks.every((x) => x.kind !== 'paragraph' || x.speaker === undefined)).toBe(true);
    expect(doc?.authors).toEqual([{ name: '葛青', role: '本报记者' }]);
    expect(names(doc)).toEqual([]);
  });

  it('an English transcript: SPEAKER labels, Q turns, stage directions and hard-wrapped lines', () => {
    const b = parseBriefingText(
      [
        'Garden Room',
        '',
        'PRESIDENT HALVORSEN:  Good morning, everyone.  It is a pleasure to',
        'welcome our friends to this meeting today.',
        '',
        'PRIME MINISTER VAN DER BERG:  Thank you, Mr. President.  We are glad to',
        'be here and to work together on these questions.',
        '',
        'Q    Mr. President, will you sign the agreement this week?',
        '',
        'PRESIDENT HALVORSEN:  We will see.  (Laughter.)',
        '',
        '(The leaders shake hands.)',
      ].join('\n'),
    );
    const [doc] = b.documents;
    expect(b.documents).toHaveLength(1);
    const paragraphs = doc!.blocks.filter((x) => x.kind === 'paragraph');
    expect(paragraphs.map((x) => (x.kind === 'paragraph' ? (x.speaker ? x.speaker.name || x.speaker.role : null) : null))).toEqual([
      'Halvorsen', 'van der Berg', 'Q', 'Halvorsen', null,
    ]);
    expect(paragraphs[0]?.text).toMatch(/^PRESIDENT HALVORSEN: +Good morning, everyone\. +It is a pleasure to welcome our friends to this meeting today\.$/u);
    expect(doc?.participants).toEqual(expect.arrayContaining([{ name: 'van der Berg', role: 'Prime Minister', unit: null }]));
    expect(names(doc)).not.toContain('Q');
  });
});

describe('must not fire', () => {
  it('a paragraph that merely begins `记者了解到：` is no turn, nor is a numbered heading ending in a colon', () => {
    const b = parseBriefingText('一篇报道\n本报记者 严可\n记者了解到：今年全市新增绿地一百公顷。\n一、主要做法：\n各区加大投入，成效明显。\n比如：东区建成口袋公园十个。');
    const [doc] = b.documents;
    expect(doc?.blocks.every((x) => x.kind !== 'paragraph' || x.speaker === undefined)).toBe(true);
    expect(doc?.blocks.find((x) => x.text.startsWith('一、'))?.kind).toBe('heading');
    expect(doc?.participants).toEqual([]);
  });

  it('records how sure it is, and a close alternative reading, for the review', () => {
    const b = parseBriefingText(['深化改革 提升效能', '某某县', '某某县总工会主席王小明', '近年来，我们做了很多工作。', '守正创新 行稳致远', '某某市', '某某市总工会副主席李红', '服务职工，成效明显。'].join('\n'));
    expect(b.reading?.chosen).toBe('every-opening');
    expect(b.documents.map((d) => d.confidence)).toEqual([0.9, 0.9]);
    const odd = parseBriefingText(['一线工作法', '某某县总工会主席王小明', '近年来，我们做了很多工作。'].join('\n'));
    expect(odd.documents[0]?.confidence).toBe(0.6);
  });
});
