import { describe, expect, it } from 'vitest';
import { sharedTitles } from './library-titles.ts';

describe('sharedTitles', () => {
  it('names every briefing whose title is not its own alone', () => {
    const briefings = [
      { id: 1, title: '产改经验交流', sourceName: 'a.txt' },
      { id: 2, title: '技能培训', sourceName: 'b.txt' },
      { id: 3, title: '产改经验交流', sourceName: 'a (1).txt' },
    ];
    expect(sharedTitles(briefings)).toEqual(new Set([1, 3]));
  });

  it('compares titles as the library shows them, a missing title by its file name', () => {
    const briefings = [
      { id: 1, title: null, sourceName: '第二期.txt' },
      { id: 2, title: null, sourceName: '第二期.txt' },
      { id: 3, title: null, sourceName: '第三期.txt' },
    ];
    expect(sharedTitles(briefings)).toEqual(new Set([1, 2]));
  });
});
