import { describe, expect, it } from 'vitest';
import { passageSource } from './passage-speaker.ts';

const doc = { speaker: { name: '卢定远', role: '局长' }, unit: '青岚县交通运输局' };

describe('passageSource', () => {
  it('cites a turn to the person speaking it, without the document speaker’s unit', () => {
    expect(passageSource({ name: '邹明川', role: null }, { speaker: null, unit: null })).toEqual({ speaker: { name: '邹明川', role: null }, unit: null });
    expect(passageSource({ name: '温若岚', role: '代表' }, doc)).toEqual({ speaker: { name: '温若岚', role: '代表' }, unit: null });
  });

  it('cites a passage without a turn, an interviewer’s question, or the speaker’s own turn to the document', () => {
    expect(passageSource(undefined, doc)).toBe(doc);
    expect(passageSource({ name: '', role: '记者' }, doc)).toBe(doc);
    expect(passageSource({ name: '卢定远', role: null }, doc)).toBe(doc);
  });
});
