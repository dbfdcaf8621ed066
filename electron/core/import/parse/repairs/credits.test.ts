import { describe, expect, it } from 'vitest';
import { RepairLog } from '../repair-log.ts';
import type { ImportNotice } from '../types.ts';
import { removeCredits } from './credits.ts';

function remove(texts: string[], skip: string[] = []) {
  const notices: ImportNotice[] = [];
  const result = removeCredits(texts.map((text) => ({ text })), new RepairLog({ skip: new Set(skip) }), notices);
  return { texts: result.lines.map((l) => l.text), credits: result.credits, notices };
}

describe('credit-removed', () => {
  it('takes photo credits and editor lines out and keeps them', () => {
    const result = remove(['最后一段。', '□本版图片由本报记者鲜康摄', '责任编辑：王五', '下一篇标题']);
    expect(result.texts).toEqual(['最后一段。', '下一篇标题']);
    expect(result.credits).toEqual(['□本版图片由本报记者鲜康摄', '责任编辑：王五']);
    expect(result.notices.map((n) => n.kind)).toEqual(['credit-removed', 'credit-removed']);
  });

  it('leaves body text that mentions photos or editing', () => {
    const texts = ['组织摄影爱好者开展活动。', '举办摄影舞蹈大赛等活动52场次。', '编辑出版《榜样》一书。'];
    expect(remove(texts)).toEqual({ texts, credits: [], notices: [] });
  });

  it('keeps a credit in the text when undone', () => {
    const texts = ['最后一段。', '□本版图片由本报记者鲜康摄'];
    const id = remove(texts).notices[0]?.id ?? '';
    expect(remove(texts, [id])).toEqual({ texts, credits: [], notices: [] });
  });
});
