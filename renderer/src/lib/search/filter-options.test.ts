import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '@contract/contract.ts';
import { filterOptions, fitFilters } from './filter-options.ts';

const doc = (briefing: number, unit: string | null, speaker: string | null): DocumentSummary => ({
  id: 1,
  uri: 'urn:briefing:doc:1',
  title: 't',
  unit,
  speaker: speaker === null ? null : { name: speaker, role: null },
  position: 0,
  briefing: { id: briefing, uri: `urn:briefing:pack:${briefing}`, title: null },
  annotationCount: 0,
});

const docs = [doc(1, '韩城市', '孙长虹'), doc(1, '神木市', null), doc(2, '韩城市', '张三'), doc(2, null, '孙长虹')];
const collator = new Intl.Collator('zh-CN');

describe('filterOptions', () => {
  it('lists each unit and speaker once, sorted', () => {
    expect(filterOptions(docs, undefined, collator.compare)).toEqual({ units: ['韩城市', '神木市'], speakers: ['孙长虹', '张三'] });
  });

  it('keeps to the chosen briefing', () => {
    expect(filterOptions(docs, 1, collator.compare)).toEqual({ units: ['韩城市', '神木市'], speakers: ['孙长虹'] });
  });
});

describe('fitFilters', () => {
  it('drops a unit or speaker the options do not hold, and keeps the rest', () => {
    const options = filterOptions(docs, 2, collator.compare);
    expect(fitFilters({ query: 'x', briefingId: 2, unit: '神木市', speaker: '张三' }, options)).toEqual({ query: 'x', briefingId: 2, speaker: '张三' });
  });
});
