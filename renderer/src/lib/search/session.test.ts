import { describe, expect, it } from 'vitest';
import { sameSearch } from './session.ts';

describe('sameSearch', () => {
  it('compares the query and every filter', () => {
    expect(sameSearch({ query: '产改', unit: '韩城市' }, { query: '产改', unit: '韩城市' })).toBe(true);
    expect(sameSearch({ query: '产改' }, { query: '产改 ' })).toBe(false);
    expect(sameSearch({ query: '产改', briefingId: 1 }, { query: '产改' })).toBe(false);
    expect(sameSearch({ query: '产改', speaker: '苏青' }, { query: '产改', speaker: '刘文军' })).toBe(false);
  });
});
