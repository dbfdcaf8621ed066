import { describe, expect, it } from 'vitest';
import { RepairLog } from '../repair-log.ts';
import type { ImportNotice } from '../types.ts';
import { moveCaption } from './caption-moved.ts';

const CAPTION = '某县人大常委会副主任、县总工会主席李四';

function move(texts: string[], skip: string[] = []) {
  const notices: ImportNotice[] = [];
  const result = moveCaption(texts.map((text) => ({ text })), new RepairLog({ skip: new Set(skip), locale: 'en' }), notices);
  return { ...result, texts: result.items.map((l) => l.text), notices };
}

describe('caption-moved', () => {
  it('moves a caption out of a sentence it cut and joins the sentence again', () => {
    const result = move(['通过师徒带徒培育人才560余人。推动技能竞赛和职', CAPTION, '工技能等级评定互促联动机制长效化运行。']);
    expect(result.speaker).toEqual({ name: '李四', role: '某县人大常委会副主任、县总工会主席' });
    expect(result.texts).toEqual(['通过师徒带徒培育人才560余人。推动技能竞赛和职工技能等级评定互促联动机制长效化运行。']);
    expect(result.seam).toBeNull();
    expect(result.notices.map((n) => n.kind)).toEqual(['caption-moved']);
    expect(result.notices[0]?.message).toContain('rejoined');
  });

  it('moves a caption between whole paragraphs and marks the seam', () => {
    const result = move(['二、第二部分', '第二部分的内容。', CAPTION, '开头的介绍。', '一、第一部分']);
    expect(result.texts).toEqual(['二、第二部分', '第二部分的内容。', '开头的介绍。', '一、第一部分']);
    expect(result.seam).toBe(2);
    expect(result.notices[0]?.message).not.toContain('rejoined');
  });

  it('does nothing without a caption', () => {
    const texts = ['区总工会主席李四，介绍了经验。', '党政高度重视。'];
    expect(move(texts)).toMatchObject({ texts, speaker: null, notices: [] });
  });

  it('leaves the caption in the text when undone', () => {
    const texts = ['推动技能竞赛和职工技能等级评定，推动', CAPTION, '工作长效化运行。'];
    const id = move(texts).notices[0]?.id ?? '';
    expect(move(texts, [id])).toMatchObject({ texts, speaker: null, notices: [] });
  });
});
