import { describe, expect, it } from 'vitest';
import { citeSpeech, localDay, type CitedSpeech } from './citation.ts';

const speech = (patch: Partial<CitedSpeech> = {}): CitedSpeech => ({
  title: '凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深',
  unit: '西安高新区',
  speaker: { name: '马巍安', role: '区总工会常务副主席' },
  briefing: { id: 1, title: null, sourceName: '产业工人队伍建设改革推进会交流发言.txt', importedAt: '2024-08-20T04:00:00.000Z' },
  paragraph: 12,
  ...patch,
});

describe('citeSpeech', () => {
  it('cites a speech on a newspaper page as a newspaper article [N], with date, page and ¶', () => {
    const briefing = { ...speech().briefing, publication: { name: '工人日报', date: '2024-08-20', page: '3' } };
    expect(citeSpeech(speech({ briefing }))).toBe(
      '马巍安（西安高新区）. 凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深[N]. 工人日报, 2024-08-20(3): ¶12.',
    );
  });

  it('leaves out what the publication does not say', () => {
    const briefing = { ...speech().briefing, publication: { name: '陕西工人报', date: null, page: null } };
    expect(citeSpeech(speech({ briefing, paragraph: null }))).toBe('马巍安（西安高新区）. 凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深[N]. 陕西工人报.');
  });

  it('cites a speech from a compiled pack as part of a compilation [G], the file name as container and the import day in brackets', () => {
    expect(citeSpeech(speech())).toBe(
      '马巍安（西安高新区）. 凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深[G]//产业工人队伍建设改革推进会交流发言. [2024-08-20]: ¶12.',
    );
  });

  it("prefers the briefing's own title to its file name", () => {
    const briefing = { ...speech().briefing, title: '推进会交流发言摘编。' };
    expect(citeSpeech(speech({ briefing }))).toContain('[G]//推进会交流发言摘编. [2024-08-20]');
  });

  it('lets the unit stand as author without a speaker, and writes 佚名 with neither (GB/T 7714 8.1.1)', () => {
    expect(citeSpeech(speech({ speaker: null }))).toMatch(/^西安高新区\. 凝心聚力/u);
    expect(citeSpeech(speech({ speaker: null, unit: null }))).toMatch(/^佚名\. 凝心聚力/u);
    expect(citeSpeech(speech({ unit: null }))).toMatch(/^马巍安\. 凝心聚力/u);
  });

  it('does not double the stop after a title that ends in one', () => {
    expect(citeSpeech(speech({ title: '改革志在心 突破践于行。' }))).toContain('. 改革志在心 突破践于行[G]');
  });

  it('drops the date when the import time is unreadable', () => {
    const briefing = { ...speech().briefing, importedAt: '' };
    expect(citeSpeech(speech({ briefing }))).toBe(
      '马巍安（西安高新区）. 凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深[G]//产业工人队伍建设改革推进会交流发言: ¶12.',
    );
  });
});

describe('localDay', () => {
  it('gives the calendar day where the app runs', () => {
    const at = new Date(2024, 7, 6, 23, 30);
    expect(localDay(at.toISOString())).toBe('2024-08-06');
    expect(localDay('not a date')).toBeNull();
  });
});
