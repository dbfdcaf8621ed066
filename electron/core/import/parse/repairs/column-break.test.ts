import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../lines.ts';
import { RepairLog } from '../repair-log.ts';
import type { ImportNotice } from '../types.ts';
import { joinColumnBreaks } from './column-break.ts';

function join(texts: string[], skip: string[] = []): { texts: string[]; notices: ImportNotice[] } {
  const notices: ImportNotice[] = [];
  const lines: SourceLine[] = texts.map((text) => ({ text }));
  const out = joinColumnBreaks(lines, new RepairLog({ skip: new Set(skip) }), notices);
  return { texts: out.map((l) => l.text), notices };
}

describe('join-column-break', () => {
  it('joins a paragraph cut mid-sentence to its continuation', () => {
    const { texts, notices } = join(['在企业投资135万元,建设心灵驿站2个,开', '展心理健康服务培训班2期。']);
    expect(texts).toEqual(['在企业投资135万元,建设心灵驿站2个,开展心理健康服务培训班2期。']);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('join-column-break');
    expect(notices[0]?.message).toContain('开');
  });

  it('joins across a run-in heading whose paragraph is cut', () => {
    const { texts } = join(['（四）阵地引领。在企业投资，建设驿站2个，开', '展培训班2期。']);
    expect(texts).toEqual(['（四）阵地引领。在企业投资，建设驿站2个，开展培训班2期。']);
  });

  it('joins Latin words with a space', () => {
    expect(join(['The meeting was held in the city hall, and the', 'delegates spoke.']).texts).toEqual([
      'The meeting was held in the city hall, and the delegates spoke.',
    ]);
  });

  it('does not fire after a finished sentence, a heading, a title, a unit or a caption', () => {
    const cases = [
      ['这一句已经结束。', '下一段开始了，继续。'],
      ['具体汇报三个方面：', '第一方面的内容。'],
      ['一、突出组织引领，实现有机融合', '党政高度重视。'],
      ['改革志在心 突破践于行', '神木市位于陕西北部。'],
      ['西安高新区', '近年来，在领导下。'],
      ['某县人大常委会副主任、县总工会主席李四', '近年来，在领导下。'],
      ['党政高度重视', '市委把产改工作列入要点。'],
    ];
    for (const texts of cases) expect(join(texts)).toEqual({ texts, notices: [] });
  });

  it('does not join onto a numbered line or a credit', () => {
    const cut = '在企业投资，建设驿站2个，开';
    for (const next of ['二、搭平台、筑赛道', '(一)盯牢契合点。', '□本版图片由本报记者张三摄']) {
      expect(join([cut, next]).texts).toEqual([cut, next]);
    }
  });

  it('leaves the lines apart when the repair is undone, under the same id', () => {
    const texts = ['在企业投资，建设驿站2个，开', '展培训班2期。'];
    const id = join(texts).notices[0]?.id ?? '';
    expect(id).toMatch(/^join-column-break-/u);
    expect(join(texts, [id])).toEqual({ texts, notices: [] });
  });
});
