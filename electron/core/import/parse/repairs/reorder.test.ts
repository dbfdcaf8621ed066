import { describe, expect, it } from 'vitest';
import { RepairLog } from '../repair-log.ts';
import type { ImportNotice } from '../types.ts';
import { reorderSections } from './reorder.ts';

function reorder(texts: string[], seams: number[] = [], skip: string[] = []) {
  const notices: ImportNotice[] = [];
  const out = reorderSections(texts.map((text) => ({ text })), seams, new RepairLog({ skip: new Set(skip) }), notices);
  return { texts: out.map((l) => l.text), notices };
}

describe('sections-reordered and orphan-joined', () => {
  it('puts sections back in number order, keeping the lead in front', () => {
    const { texts, notices } = reorder(['导语。', '二、乙', '乙的内容。', '一、甲', '甲的内容。', '三、丙', '丙的内容。']);
    expect(texts).toEqual(['导语。', '一、甲', '甲的内容。', '二、乙', '乙的内容。', '三、丙', '丙的内容。']);
    expect(notices.map((n) => n.kind)).toEqual(['sections-reordered']);
    expect(notices[0]?.message).toContain('原顺序：二、一、三');
  });

  it('at a seam, moves whole runs and joins the orphan that ends the cut sentence', () => {
    const printed = [
      '积极投身发展新质生产力。',
      '二、乙',
      '乙的内容。',
      '三、丙',
      '丙的内容。',
      '结束语。',
      '开头的介绍。',
      '一、甲',
      '甲的内容，引导广大职工',
    ];
    const { texts, notices } = reorder(printed, [6]);
    expect(texts).toEqual([
      '开头的介绍。',
      '一、甲',
      '甲的内容，引导广大职工积极投身发展新质生产力。',
      '二、乙',
      '乙的内容。',
      '三、丙',
      '丙的内容。',
      '结束语。',
    ]);
    expect(notices.map((n) => n.kind)).toEqual(['sections-reordered', 'orphan-joined']);
  });

  it('does not fire on sections already in order, repeated numbering or gaps', () => {
    const cases = [
      ['一、甲', '内容。', '二、乙', '内容。'],
      ['一、甲', '内容。', '二、乙', '一、甲', '二、乙'],
      ['三、丙', '内容。', '五、戊', '内容。', '四、丁'],
      ['二、乙', '内容。', '三、丙'],
    ];
    for (const texts of cases) expect(reorder(texts)).toEqual({ texts, notices: [] });
  });

  it('does not join an orphan that was already the neighbour of the cut line', () => {
    const printed = ['二、乙', '乙的内容，引导广大职工', '积极投身发展。', '一、甲', '甲的内容。'];
    const { texts, notices } = reorder(printed);
    expect(notices.map((n) => n.kind)).toEqual(['sections-reordered']);
    expect(texts).toEqual(['一、甲', '甲的内容。', '二、乙', '乙的内容，引导广大职工', '积极投身发展。']);
  });

  it('keeps the printed order when undone, and the orphan join goes with it', () => {
    const printed = ['积极投身。', '二、乙', '乙。', '开头。', '一、甲', '甲，引导'];
    const id = reorder(printed, [3]).notices[0]?.id ?? '';
    expect(reorder(printed, [3], [id])).toEqual({ texts: printed, notices: [] });
  });
});
