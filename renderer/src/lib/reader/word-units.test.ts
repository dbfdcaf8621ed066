import { describe, expect, it } from 'vitest';
import { wordUnits } from './word-units.ts';

/** Where a line may end: after each unit but the last. */
const breaks = (text: string) => wordUnits(text).join('|');

describe('wordUnits', () => {
  it('keeps the pieces together, in order, with nothing lost', () => {
    const title = '凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深';
    expect(wordUnits(title).join('')).toBe(title);
  });

  it('never breaks inside 产业工人 or a four-character phrase the dictionary cuts into single characters', () => {
    const units = wordUnits('凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深');
    expect(units).toContain('产业工人');
    expect(units).toContain('凝心聚力');
    expect(units).toContain('迈向纵深');
    expect(breaks('奋力推进产业工人')).not.toMatch(/产\|业|产业\|工人/);
  });

  it('keeps a title of office whole with its qualifiers, and a unit whole', () => {
    const units = wordUnits('西安高新区机关党委专职副书记、机关纪委书记、区总工会常务副主席');
    expect(units).toContain('常务副主席');
    expect(units).toContain('纪委书记');
    expect(units).toContain('区总工会');
    expect(units.some((u) => u.endsWith('专职副书记'))).toBe(true);
    expect(wordUnits('神木市总工会常务副主席')).toEqual(['神木', '市总工会', '常务副主席']);
  });

  it('keeps a name the dictionary does not know as one piece', () => {
    expect(wordUnits('马巍安')).toEqual(['马巍安']);
  });

  it('leaves Latin text to break at its spaces', () => {
    expect(wordUnits('step by step').filter((u) => u.trim())).toEqual(['step', 'by', 'step']);
  });
});
