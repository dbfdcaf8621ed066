import { describe, expect, it } from 'vitest';
import { anchor, maxErrorsFor, reanchorAll, type AnchorResult } from './reanchor.ts';
import { createQuoteSelector, describeBlockRange, describeRange, isStoredAnchor, type StoredAnchor } from './selectors.ts';
import { annotate, docOf, random } from './anchoring.test-helper.ts';

const BLOCKS = [
  '一、举旗帜、筑信念，全面加强产业工人思想政治引领',
  '（一）建立领导组织架构，指挥协调。成立以党工委领导为组长的产改工作领导小组；制定高新区产改《实施方案》，定期召开领导小组会议。',
  '（二）坚持思想政治引领，立根塑魂。联合宣传文旅局开展“永远跟党走”、劳模工匠进企业等主题活动，投资80万元打造企业高质量发展特训营。',
  '二、突出权益维护，实现精准帮扶与普惠服务有机融合',
  '我们推进 Smart Factory 建设，引入 AI 质检系统 (v2.0)，覆盖1500余人。',
  '三、突出权益维护，实现精准帮扶与普惠服务有机融合',
  '下一步，我们将深入学习领会党的二十届三中全会精神，持续推进产业工人队伍建设改革。',
  '四、突出权益维护，实现精准帮扶与普惠服务有机融合',
  '最后一段：职工书屋、职工健身房等，积极帮助解决子女入学和就业问题。',
];

/** The range text of a result, checked against the document it was placed in. */
function placed(result: AnchorResult, text: string): string {
  expect(result.range).toBeDefined();
  const { start, end } = result.range ?? { start: 0, end: 0 };
  return text.slice(start, end);
}

describe('anchor', () => {
  const doc = docOf(BLOCKS);

  it('builds W3C selectors with 32 characters of context', () => {
    const stored = annotate(doc, '立根塑魂');
    expect(isStoredAnchor(JSON.parse(JSON.stringify(stored)))).toBe(true);
    expect(stored.quote.type).toBe('TextQuoteSelector');
    expect(stored.quote.prefix).toHaveLength(32);
    expect(stored.quote.prefix?.endsWith('（二）坚持思想政治引领，')).toBe(true);
    expect(stored.quote.suffix?.startsWith('。联合宣传')).toBe(true);
    expect(stored.position).toEqual({ type: 'TextPositionSelector', start: doc.text.indexOf('立根塑魂'), end: doc.text.indexOf('立根塑魂') + 4 });
    expect(annotate(doc, '一、举旗帜').quote.prefix).toBe('');
    expect(isStoredAnchor({ position: { type: 'TextPositionSelector', start: 3, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'x' } })).toBe(false);
  });

  it('finds everything exactly in an unchanged document', () => {
    const stored = ['立根塑魂', 'Smart Factory', '一、举旗帜', '就业问题。', '80万元'].map((q) => annotate(doc, q));
    for (const s of stored) expect(anchor(doc, s)).toMatchObject({ status: 'exact', score: 1, range: { start: s.position.start, end: s.position.end } });
  });

  it('follows text inserted before: moved, with correct new offsets and block points', () => {
    const stored = annotate(doc, 'AI 质检系统');
    const changed = docOf(['编者按：这是新加的一段。', ...BLOCKS], 100);
    const result = anchor(changed, stored);
    expect(result.status).toBe('moved');
    expect(result.range?.start).toBe(stored.position.start + '编者按：这是新加的一段。\n'.length);
    expect(placed(result, changed.text)).toBe('AI 质检系统');
    expect(result.blockRange).toEqual({ start: { blockId: 105, offset: 25 }, end: { blockId: 105, offset: 32 } });
    expect(result.anchor?.quote.exact).toBe('AI 质检系统');
  });

  it('still places annotations after paragraphs are split and merged under new block ids', () => {
    const across = describeBlockRange(doc, { start: { blockId: 2, offset: 35 }, end: { blockId: 3, offset: 10 } });
    const inside = annotate(doc, '劳模工匠进企业');
    const whole = annotate(doc, BLOCKS[6] as string);
    expect(across).not.toBeNull();
    const b1 = BLOCKS[1] as string;
    const b2 = BLOCKS[2] as string;
    const edited = [
      BLOCKS[0] as string,
      b1.slice(0, 17), // split
      b1.slice(17) + b2, // merged with the next
      ...BLOCKS.slice(3, 6),
      (BLOCKS[6] as string).slice(0, 20),
      (BLOCKS[6] as string).slice(20),
      ...BLOCKS.slice(7),
    ];
    const changed = docOf(edited, 500);
    const r1 = anchor(changed, across as StoredAnchor);
    expect(r1.status).toBe('fuzzy'); // the "\n" between the two old paragraphs is gone
    expect(r1.errors).toBe(1);
    expect(placed(r1, changed.text)).toBe((across as StoredAnchor).quote.exact.replace('\n', ''));
    const r2 = anchor(changed, inside);
    expect(r2.status).toBe('exact'); // one "\n" added, one removed before it: same global offsets, new block
    expect(r2.range).toEqual({ start: inside.position.start, end: inside.position.end });
    expect(placed(r2, changed.text)).toBe('劳模工匠进企业');
    expect(r2.blockRange?.start.blockId).toBe(502);
    const r3 = anchor(changed, whole);
    expect(r3.status).toBe('fuzzy');
    expect(placed(r3, changed.text)).toBe(`${(BLOCKS[6] as string).slice(0, 20)}\n${(BLOCKS[6] as string).slice(20)}`);
  });

  it('places a quote with a word changed inside as fuzzy', () => {
    const stored = annotate(doc, '持续推进产业工人队伍建设改革');
    const changed = docOf(BLOCKS.map((b) => b.replace('持续推进', '持续深化')).map((b) => b.replace('下一步，', '下一步，我市')));
    const result = anchor(changed, stored);
    expect(result).toMatchObject({ status: 'fuzzy', errors: 2, oldText: '持续推进产业工人队伍建设改革', newText: '持续深化产业工人队伍建设改革' });
    expect(maxErrorsFor(14)).toBe(2);
    // A four-character word replaced in a longer quote; the budget is 20% of the quote.
    const long = annotate(doc, '我们将深入学习领会党的二十届三中全会精神');
    const rewritten = docOf(BLOCKS.map((b) => b.replace('深入学习领会', '认真学习贯彻')));
    expect(anchor(rewritten, long)).toMatchObject({ status: 'fuzzy', errors: 4, newText: '我们将认真学习贯彻党的二十届三中全会精神' });
    // Beyond the budget it is an orphan.
    expect(anchor(docOf(BLOCKS.map((b) => b.replace('持续推进产业工人', '不断深化产业职工'))), stored).status).toBe('orphan');
  });

  it('on a tie keeps the whole span: one substitution beats one deletion, at the start, middle and end', () => {
    const at = annotate(doc, '企业高质量发展特训营');
    // A quote typed with one wrong character and no context, as an imported annotation may carry it.
    const quoteOnly = (exact: string): StoredAnchor => ({ ...at, quote: { type: 'TextQuoteSelector', exact } });
    for (const wrong of ['全业高质量发展特训营', '企业高质量发X特训营', '企业高质量发展特训班']) {
      expect(anchor(doc, quoteOnly(wrong)), wrong).toMatchObject({ status: 'fuzzy', errors: 1, newText: '企业高质量发展特训营' });
      // The same away from the stored position: the expected place no longer decides.
      const elsewhere = { ...quoteOnly(wrong), position: { type: 'TextPositionSelector' as const, start: 0, end: 10 } };
      expect(anchor(doc, elsewhere), wrong).toMatchObject({ status: 'fuzzy', errors: 1, newText: '企业高质量发展特训营' });
    }
    // With context too, at the end of the document where there is no suffix to tell them apart.
    const last = annotate(doc, '解决子女入学和就业问题。');
    const edited = { ...last, quote: { ...last.quote, exact: '解决子女入学和就业问题！' } };
    expect(anchor(doc, edited)).toMatchObject({ status: 'fuzzy', errors: 1, newText: '解决子女入学和就业问题。' });
  });

  it('orphans a quote whose text was deleted, and keeps its old text', () => {
    const stored = annotate(doc, '投资80万元打造企业高质量发展特训营');
    const changed = docOf(BLOCKS.map((b) => b.replace('，投资80万元打造企业高质量发展特训营', '')));
    expect(anchor(changed, stored)).toEqual({ status: 'orphan', oldText: '投资80万元打造企业高质量发展特训营' });
    const paragraphGone = annotate(doc, '积极帮助解决子女入学');
    expect(anchor(docOf(BLOCKS.slice(0, -1)), paragraphGone).status).toBe('orphan');
  });

  it('does not move a common phrase to a copy elsewhere without its context', () => {
    const short = annotate(doc, '产改', 0); // appears twice in block 2
    const changed = docOf(BLOCKS.map((b, i) => (i === 1 ? '（一）完全改写的一段，与原文无关。' : b)));
    expect(anchor(changed, short).status).toBe('orphan');
    const tiny = annotate(doc, '筑'); // one character
    expect(anchor(docOf(BLOCKS.map((b) => b.replace('举旗帜、筑信念，全面加强', '把方向、树理念，持续强化'))), tiny).status).toBe('orphan');
    // …but a one-character quote edited in place, with its context intact, is followed.
    const fuzzyTiny = anchor(docOf(BLOCKS.map((b) => b.replace('、筑信念', '、铸信念'))), tiny);
    expect(fuzzyTiny).toMatchObject({ status: 'fuzzy', newText: '铸' });
  });

  it('chooses the right one of three identical headings by context and position', () => {
    const phrase = '突出权益维护，实现精准帮扶与普惠服务有机融合';
    const stored = [0, 1, 2].map((k) => annotate(doc, phrase, k));
    // Insert text before everything and delete the paragraph between the first two headings.
    const changed = docOf(['新的导语。', ...BLOCKS.filter((_, i) => i !== 4)], 40);
    const expected = [0, 1, 2].map((k) => {
      let at = -1;
      for (let i = 0; i <= k; i++) at = changed.text.indexOf(phrase, at + 1);
      return at;
    });
    stored.forEach((s, k) => {
      const result = anchor(changed, s);
      expect(result.status).toBe('moved');
      expect(result.range?.start).toBe(expected[k]);
    });
    // With the context identical too (heading numbers cut), position decides.
    const bare = docOf(['x', phrase, 'y', phrase, 'y', phrase, 'y']);
    const s2 = annotate(bare, phrase, 2);
    const shifted = docOf(['x', phrase, 'y', phrase, 'y', phrase, 'y'].map((b, i) => (i === 0 ? 'xxxxxxxxxx' : b)));
    expect(anchor(shifted, s2).range?.start).toBe(shifted.text.lastIndexOf(phrase));
  });

  it('re-anchors selections spanning several paragraphs', () => {
    const stored = describeBlockRange(doc, { start: { blockId: 4, offset: 2 }, end: { blockId: 7, offset: 6 } }) as StoredAnchor;
    expect(stored.quote.exact.split('\n')).toHaveLength(4);
    const changed = docOf(['前言。', ...BLOCKS.map((b) => b.replace('1500余人', '1600余人'))], 200);
    const result = anchor(changed, stored);
    expect(result.status).toBe('fuzzy');
    expect(result.errors).toBe(1);
    expect(result.blockRange).toEqual({ start: { blockId: 204, offset: 2 }, end: { blockId: 207, offset: 6 } });
  });

  it('keeps surrogate pairs whole (𠀀 and emoji)', () => {
    const texts = ['前文𠀀𠀀工人😀队伍建设👍🏽改革。', '第二段𠀀。'];
    const d = docOf(texts);
    const stored = annotate(d, '😀队伍建设👍🏽');
    const changed = docOf(['插入的一段。', '前文𠀀𠀀工人😀队伍建設👍🏽改革。', '第二段𠀀。']);
    const result = anchor(changed, stored);
    expect(result.status).toBe('fuzzy');
    expect(result.newText).toBe('😀队伍建設👍🏽');
    // A selection whose ends fall inside pairs is widened, and its context is cut at whole characters.
    const wide = describeBlockRange(d, { start: { blockId: 1, offset: 3 }, end: { blockId: 1, offset: 8 } }) as StoredAnchor;
    expect(wide.quote.exact).toBe('𠀀𠀀工人');
    expect(createQuoteSelector(d, { start: 9, end: 10 })).toMatchObject({ exact: '😀', prefix: '前文𠀀𠀀工人' });
    const emoji = docOf([`${'😀'.repeat(20)}x工人`, `工人${'👍'.repeat(20)}`]);
    const q = createQuoteSelector(emoji, { start: 41, end: 43 });
    expect(q).toMatchObject({ exact: '工人', prefix: `${'😀'.repeat(15)}x`, suffix: `\n工人${'👍'.repeat(14)}` });
  });

  it('finds a long multi-paragraph quote, edited inside, after a large insertion before it', () => {
    const rnd = random(11);
    const chars = '产业工人队伍建设改革推进会交流发言深入学习领会党的二十届三中全会精神认真贯彻落实重要指示';
    const str = (n: number): string => Array.from({ length: n }, () => chars.charAt(Math.floor(rnd() * chars.length))).join('');
    const blocks = Array.from({ length: 60 }, () => str(150));
    const d = docOf(blocks);
    const start = d.text.indexOf(blocks[20] as string) + 30;
    const stored = describeRange(d, { start, end: start + 700 }); // five paragraphs
    const edited = blocks.map((b, i) => (i >= 21 && i <= 23 ? `${b.slice(0, 40)}新增${b.slice(45)}` : b));
    const changed = docOf([...Array.from({ length: 40 }, () => str(150)), ...edited], 300);
    const result = anchor(changed, stored);
    expect(result.status).toBe('fuzzy');
    expect(result.range?.start).toBe(changed.text.indexOf(blocks[20] as string) + 30);
    expect(result.errors).toBe(15); // three times five characters become two
  });

  it('never loses an annotation to random edits away from it (property)', () => {
    const rnd = random(2024);
    const chars = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研受';
    const str = (n: number): string => Array.from({ length: n }, () => chars.charAt(Math.floor(rnd() * chars.length))).join('');
    let lost = 0;
    for (let round = 0; round < 60; round++) {
      const blocks = Array.from({ length: 30 }, () => str(20 + Math.floor(rnd() * 120)));
      const d = docOf(blocks);
      const start = Math.floor(rnd() * (d.length - 40));
      const stored = annotate(d, d.text.slice(start, start + 3 + Math.floor(rnd() * 30)));
      const guard = { start: stored.position.start - 40, end: stored.position.end + 40 };
      let text = d.text;
      let annotationAt = stored.position.start;
      for (let e = 0; e < 20; e++) {
        const at = Math.floor(rnd() * text.length);
        const len = Math.floor(rnd() * 30);
        if (at + len >= guard.start && at <= guard.end) continue;
        const op = rnd();
        const insert = op < 0.4 ? str(1 + Math.floor(rnd() * 40)) : op < 0.7 ? '' : `\n${str(5)}`;
        const removed = op < 0.4 ? 0 : len;
        text = text.slice(0, at) + insert + text.slice(at + removed);
        if (at < annotationAt) {
          const delta = insert.length - removed;
          annotationAt += delta;
          guard.start += delta;
          guard.end += delta;
        }
      }
      const changed = docOf(text.split('\n'), 1000);
      const result = anchor(changed, stored);
      if (result.status === 'orphan' || result.range?.start !== annotationAt || result.newText !== stored.quote.exact) lost++;
    }
    expect(lost).toBe(0);
  });
});

describe('reanchorAll', () => {
  it('summarises stayed, moved, fuzzy and orphaned, with old and new text side by side', () => {
    const oldDoc = docOf(BLOCKS);
    const annotations = [
      { id: 'a', ...annotate(oldDoc, '一、举旗帜') },
      { id: 'b', ...annotate(oldDoc, 'Smart Factory 建设') },
      { id: 'c', ...annotate(oldDoc, '持续推进产业工人队伍建设改革') },
      { id: 'd', ...annotate(oldDoc, '投资80万元打造企业高质量发展特训营') },
      { id: 'e', ...annotate(oldDoc, '突出权益维护，实现精准帮扶与普惠服务有机融合', 2) },
    ];
    const newDoc = docOf(
      BLOCKS.map((b) =>
        b.replace('，投资80万元打造企业高质量发展特训营', '').replace('持续推进', '持续深化').replace('（一）', '（一）新增内容。'),
      ),
      900,
    );
    const report = reanchorAll(oldDoc, newDoc, annotations);
    expect(report.summary).toEqual({ total: 5, stayed: 1, moved: 2, fuzzy: 1, orphaned: 1 });
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ['a', 'exact'],
      ['b', 'moved'],
      ['c', 'fuzzy'],
      ['d', 'orphan'],
      ['e', 'moved'],
    ]);
    const c = report.results[2];
    expect([c?.oldText, c?.newText]).toEqual(['持续推进产业工人队伍建设改革', '持续深化产业工人队伍建设改革']);
    expect(report.results[4]?.range?.start).toBe(newDoc.text.lastIndexOf('突出权益维护'));
  });

  it('uses the old version to keep the right copy of identical blocks when text is inserted between them', () => {
    const phrase = '突出权益维护，实现精准帮扶与普惠服务有机融合';
    const blocks = ['开头', phrase, '同样的段落。', phrase, '同样的段落。', phrase, '同样的段落。'];
    const oldDoc = docOf(blocks);
    const third = { id: 3, ...annotate(oldDoc, phrase, 2) };
    const newDoc = docOf(['开头', phrase, '同样的段落。', phrase, '同样的段落。', '新增段落。', phrase, '同样的段落。'], 50);
    const [result] = reanchorAll(oldDoc, newDoc, [third]).results;
    expect(result?.range?.start).toBe(newDoc.text.lastIndexOf(phrase));
  });
});
