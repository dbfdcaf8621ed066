import { describe, expect, it } from 'vitest';
import { facetExpression, facetTokens } from './facets.ts';
import { FACET_MARK } from './fold.ts';

describe('facets', () => {
  it('give one token per value, distinct for unit and speaker and for different values', () => {
    const tokens = facetTokens({ unit: '神木市', speaker: '刘文军' }).split(' ');
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(new RegExp(`^${FACET_MARK}u[0-9a-f]{20}$`, 'u'));
    expect(tokens[1]).toMatch(new RegExp(`^${FACET_MARK}s[0-9a-f]{20}$`, 'u'));
    expect(facetTokens({ unit: '神木' })).not.toBe(facetTokens({ unit: '神木市' }));
    expect(facetTokens({ speaker: '神木市' }).replace('s', 'u')).toBe(tokens[0]);
    expect(facetTokens({ unit: null, speaker: null })).toBe('');
  });

  it('ask for exactly the tokens an entry stores', () => {
    const [unit, speaker] = facetTokens({ unit: '韩城市', speaker: '孙长虹' }).split(' ');
    expect(facetExpression({ unit: '韩城市', speaker: '孙长虹' })).toBe(`"${unit}" AND "${speaker}"`);
    expect(facetExpression({})).toBeNull();
  });
});
