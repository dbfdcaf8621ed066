import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { facetTokens } from './facets.ts';
import { indexTokens } from './fold.ts';
import { matchExpression, parseQuery, searchTerms } from './query.ts';

describe('parseQuery', () => {
  it('splits on half- and full-width whitespace', () => {
    expect(parseQuery(' 产改  工会\u3000GDP\t2023年 ')).toEqual(['产改', '工会', 'GDP', '2023年']);
  });

  it('groups words in ASCII quotes into one term without the quotes', () => {
    expect(parseQuery('"New   York" 工会')).toEqual(['New York', '工会']);
    expect(parseQuery('＂四个 突出＂')).toEqual(['四个 突出']);
    expect(parseQuery('a"b c"d')).toEqual(['ab cd']);
  });

  it('keeps Chinese quotation marks as part of the term, spaces inside included', () => {
    expect(parseQuery('“四个突出”')).toEqual(['“四个突出”']);
    expect(parseQuery('紧扣“四个 突出” 工会')).toEqual(['紧扣“四个 突出”', '工会']);
  });

  it('treats unmatched quotes as slips', () => {
    expect(parseQuery('"产改 工会')).toEqual(['产改', '工会']);
    expect(parseQuery('“产改 工会')).toEqual(['“产改', '工会']);
  });

  it('finds nothing to search for in blank input', () => {
    expect(parseQuery('  \u3000 "" ')).toEqual([]);
  });
});

describe('searchTerms', () => {
  it('folds terms and drops repeats that fold alike', () => {
    const terms = searchTerms('GDP ＧＤＰ gdp 产改');
    expect(terms.map((t) => t.text)).toEqual(['GDP', '产改']);
    expect(terms[0]?.units).toEqual(['g', 'd', 'p']);
  });
});

describe('matchExpression', () => {
  const fts = new BetterSqlite3(':memory:');
  fts.exec("CREATE VIRTUAL TABLE t USING fts5(grams, facets, tokenize = 'ascii', prefix = '1', content = '', contentless_delete = 1)");
  fts.prepare('INSERT INTO t (rowid, grams, facets) VALUES (1, ?, ?)').run(indexTokens('He said "AND" NEAR(a, b) * - : ()'), facetTokens({ unit: 'x', speaker: 'y' }));
  const run = (query: string): number[] => {
    const terms = searchTerms(query);
    return terms.length === 0 ? [] : (fts.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck().all(matchExpression(terms)) as number[]);
  };

  it('is a prefix for one character and a phrase of pairs for more', () => {
    expect(matchExpression(searchTerms('工'))).toBe('"工" *');
    expect(matchExpression(searchTerms('产业工 人'))).toBe('"产业 业工" AND "人" *');
  });

  it('never lets input reach FTS5 syntax', () => {
    const hostile = ['"', '*', 'AND', 'OR NOT', 'NEAR(', 'NEAR(a b, 2)', '-', ':', 'grams:x', '(', ')', '^a', '{grams}', '\ud800', '"""', 'a" OR "b'];
    for (const query of hostile) expect(() => run(query), query).not.toThrow();
    expect(run('NEAR(a,')).toEqual([1]);
    expect(run('"AND"')).toEqual([1]);
    expect(run('* - :')).toEqual([1]);
    expect(run('OR')).toEqual([]);
    // Filter tokens start u… and s…; no term may match them.
    expect(run('u')).toEqual([]);
    expect(run('s')).toEqual([1]);
  });

  it('copes with very long input', () => {
    expect(() => run('产'.repeat(5_000))).not.toThrow();
    expect(() => run(Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '))).not.toThrow();
  });
});
