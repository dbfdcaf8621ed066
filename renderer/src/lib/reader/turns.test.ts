import { describe, expect, it } from 'vitest';
import type { Block } from '@contract/contract.ts';
import { namedParticipants, participantLine, turnLabels } from './turns.ts';

const p = (id: number, text: string, speaker?: { name: string; role: string | null }): Block =>
  speaker ? { id, kind: 'paragraph', level: null, text, speaker } : { id, kind: 'paragraph', level: null, text };

describe('turnLabels', () => {
  it('labels a paragraph where the speaker changes, not each one of a turn', () => {
    const blocks: Block[] = [
      p(1, '开场的话。'),
      p(2, '我先谈三点体会。', { name: '温若岚', role: '代表' }),
      p(3, '第二点是服务。', { name: '温若岚', role: '代表' }),
      { id: 4, kind: 'heading', level: 1, text: '一、下一步' },
      p(5, '继续努力。', { name: '温若岚', role: '代表' }),
      p(6, '我补充一点。', { name: '卢定远', role: null }),
    ];
    expect(turnLabels(blocks)).toEqual([null, '温若岚', null, null, null, '卢定远']);
  });

  it('leaves the label to the page when the paragraph opens with it, and names a role-only turn by its role', () => {
    const blocks: Block[] = [
      p(1, '记者：价格会上涨吗？', { name: '', role: '记者' }),
      p(2, '邹明川：恰恰相反。', { name: '邹明川', role: null }),
      p(3, '问题是什么？', { name: '', role: '主持人' }),
      p(4, 'PRESIDENT BIDEN: Thank you.', { name: 'Biden', role: 'President' }),
    ];
    expect(turnLabels(blocks)).toEqual([null, null, '主持人', null]);
  });
});

describe('participants', () => {
  it('lists the named ones as the page prints them', () => {
    const list = namedParticipants([
      { name: '邹明川', role: '副厅长', unit: '云岭省商务厅' },
      { name: '', role: '记者', unit: null },
      { name: '池舟', role: null, unit: null },
    ]);
    expect(list.map(participantLine)).toEqual(['邹明川（云岭省商务厅副厅长）', '池舟']);
  });
});
