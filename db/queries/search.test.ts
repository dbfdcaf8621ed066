import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '../open.ts';
import { foldUnits } from '../search/fold.ts';
import { parseQuery } from '../search/query.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { RANKED_HITS, search, type SearchOptions, type SearchRows } from './search.ts';
import { insertBriefing, replaceBriefing, type NewBriefing, type NewDocument } from './store-briefing.ts';
import { Prng } from '@core/reliability/prng.test-helper.ts';

const find = (db: Database, query: string, options: Partial<SearchOptions> = {}): SearchRows =>
  search(db, { query, limit: 10_000, offset: 0, ...options });

/** Blocks and titles, each as `b<id>` or `t<document id>`, so both kinds compare in one set. */
const hitIds = (rows: SearchRows): string[] =>
  rows.groups.flatMap((g) => g.hits.map((h) => (h.blockId === null ? `t${g.document.id}` : `b${h.blockId}`))).sort();

/** The full scan the index must agree with: instr over every block and title, every term. */
function scanIds(db: Database, query: string, fold = false): string[] {
  const terms = parseQuery(query);
  const where = (column: string): string =>
    terms.map((_, i) => (fold ? `instr(folded(${column}), folded(@t${i})) > 0` : `instr(${column}, @t${i}) > 0`)).join(' AND ');
  const params = Object.fromEntries(terms.map((t, i) => [`t${i}`, t]));
  const blocks = db.prepare(`SELECT 'b' || id FROM blocks WHERE ${where('text')}`).pluck().all(params) as string[];
  const titles = db.prepare(`SELECT 't' || id FROM documents WHERE ${where('title')}`).pluck().all(params) as string[];
  return [...blocks, ...titles].sort();
}

const doc = (title: string, texts: string[], extra: Partial<NewDocument> = {}): NewDocument => ({
  title,
  unit: null,
  speakerName: null,
  speakerRole: null,
  blocks: texts.map((text) => ({ kind: 'paragraph', level: null, text })),
  ...extra,
});

const briefing = (documents: NewDocument[], name = 'made.txt'): NewBriefing => ({
  title: null,
  preface: null,
  credits: [],
  source: { name, format: 'txt', sha256: 'cd'.repeat(32), bytes: new Uint8Array([1]) },
  documents,
});

describe('search over the sample briefing', () => {
  let db: Database;
  let sampleId: number;
  beforeEach(() => {
    db = openLibrary(':memory:').db;
    sampleId = insertBriefing(db, sampleBriefing());
  });

  it('finds every block and title that contains a term, exactly as a full scan does', () => {
    for (const query of ['产改', '工', '四个突出', '“四个突出”', '2023年', 'GDP', '新质生产力', '工会', '（一）', '。', '产业工人队伍建设改革']) {
      const rows = find(db, query);
      const expected = scanIds(db, query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(hitIds(rows), query).toEqual(expected);
      expect(rows).toMatchObject({ total: expected.length, totalExact: true });
    }
  });

  it('requires every term of a query (AND), quoted or not', () => {
    for (const query of ['产改 工会', '神木 2023年', '四个突出 融合 韩城', '“四个突出” 产改', '"四个突出" 产改']) {
      expect(hitIds(find(db, query)), query).toEqual(scanIds(db, query));
    }
    expect(find(db, '产改 不存在的词').total).toBe(0);
  });

  it('finds the quoted phrase with its quotes, and the bare phrase with or without them', () => {
    const quoted = find(db, '“四个突出”');
    const bare = find(db, '四个突出');
    expect(quoted.groups.flatMap((g) => g.hits.map((h) => h.snippet.slice(...h.ranges[0]!)))).toEqual(['“四个突出”', '“四个突出”']);
    expect(hitIds(bare)).toEqual(expect.arrayContaining(hitIds(quoted)));
  });

  it('folds case and width: ＧＤＰ and gdp find GDP', () => {
    const expected = scanIds(db, 'GDP');
    expect(hitIds(find(db, 'ＧＤＰ'))).toEqual(expected);
    expect(hitIds(find(db, 'gdp'))).toEqual(expected);
    expect(hitIds(find(db, '２０２３年'))).toEqual(scanIds(db, '2023年'));
  });

  it('highlights the match in every snippet and says where it lies in the block', () => {
    const rows = find(db, '新质生产力');
    const blocks = new Map((db.prepare('SELECT id, text FROM blocks').all() as { id: number; text: string }[]).map((b) => [b.id, b.text]));
    for (const hit of rows.groups.flatMap((g) => g.hits)) {
      expect(hit.ranges.map(([a, b]) => hit.snippet.slice(a, b))).toEqual(['新质生产力']);
      expect(blocks.get(hit.blockId!)!.slice(...hit.match)).toBe('新质生产力');
      expect(hit.kind).toBe('paragraph');
      expect(hit.snippet.length).toBeLessThanOrEqual(5 + 60 + 2);
    }
  });

  it('groups by document with each document’s hit count, title matches first', () => {
    const rows = find(db, '四个突出');
    expect(rows.groups).toHaveLength(1);
    expect(rows.groups[0]!.document.unit).toBe('韩城市');
    expect(rows.groups[0]!.hits.map((h) => h.kind)).toEqual(['title', 'paragraph']);
    for (const group of find(db, '工').groups) {
      expect(group.hitCount).toBe(group.hits.length);
      expect(group.document.briefingId).toBe(sampleId);
    }
  });

  it('ranks documents with more hits higher and pages through the ranking without gaps', () => {
    const all = find(db, '产改');
    const counts = all.groups.map((g) => g.hitCount);
    const titled = all.groups.filter((g) => g.hits.some((h) => h.kind === 'title')).length;
    expect(counts.slice(titled)).toEqual([...counts.slice(titled)].sort((a, b) => b - a));
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset += 7) paged.push(...hitIds(find(db, '产改', { offset, limit: 7 })));
    expect(paged.sort()).toEqual(hitIds(all));
  });

  it('filters by briefing, unit and speaker', () => {
    const otherId = insertBriefing(db, sampleBriefing());
    expect(find(db, '产改').total).toBe(2 * find(db, '产改', { briefingId: sampleId }).total);
    expect(find(db, '产改', { briefingId: otherId }).groups.every((g) => g.document.briefingId === otherId)).toBe(true);
    const shenmu = find(db, '工会', { unit: '神木市' });
    expect(shenmu.groups.map((g) => g.document.unit)).toEqual(['神木市', '神木市']);
    expect(find(db, '工会', { unit: '神木市', briefingId: sampleId }).groups.map((g) => g.document.briefingId)).toEqual([sampleId]);
    expect(find(db, '工会', { speaker: '马巍安' }).groups.map((g) => g.document.speakerName)).toEqual(['马巍安', '马巍安']);
    expect(find(db, '工会', { speaker: '马巍安', unit: '神木市' }).total).toBe(0);
    expect(find(db, '工会', { unit: '没有这个单位' }).total).toBe(0);
    expect(find(db, '工会', { unit: '神木' }).total).toBe(0);
    expect(find(db, '工会', { briefingId: 2 ** 40 }).total).toBe(0);
  });

  it('lists the newest briefing first among equals', () => {
    const otherId = insertBriefing(db, sampleBriefing());
    expect(find(db, '四个突出').groups.map((g) => g.document.briefingId)).toEqual([otherId, sampleId]);
  });

  it('never fails on FTS syntax or odd input', () => {
    const hostile = ['"', '""', '*', 'AND', 'OR', 'NOT 产改', 'NEAR(', 'NEAR(产改 工会, 2)', '-产改', 'grams:产改', '(产改)', '^产', '{grams}: 产', '\ud800', '产\udc00改', '   ', ''];
    for (const query of hostile) expect(() => find(db, query), query).not.toThrow();
    expect(find(db, '').total).toBe(0);
    expect(hitIds(find(db, '(产改)'))).toEqual(scanIds(db, '(产改)'));
    expect(() => find(db, '产'.repeat(10_000))).not.toThrow();
  });
});

describe('keeping the index in step with the library', () => {
  let db: Database;
  beforeEach(() => {
    db = openLibrary(':memory:').db;
  });

  it('re-indexes a briefing replaced by a corrected file', () => {
    const id = insertBriefing(db, briefing([doc('旧标题', ['旧的段落', '共同的话'])]));
    expect(find(db, '旧').total).toBe(2);
    expect(replaceBriefing(db, id, briefing([doc('新标题', ['新的段落']), doc('第二篇', ['共同的话'])]))).toBe(true);
    expect(find(db, '旧').total).toBe(0);
    expect(hitIds(find(db, '新'))).toEqual(scanIds(db, '新'));
    expect(find(db, '共同').groups.map((g) => g.document.title)).toEqual(['第二篇']);
    expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(2 + 2);
  });

  it('forgets a deleted briefing', () => {
    const keep = insertBriefing(db, briefing([doc('留下', ['同样的字'])]));
    const gone = insertBriefing(db, briefing([doc('删除', ['同样的字', '独有的字'])]));
    db.prepare('DELETE FROM briefings WHERE id = ?').run(gone);
    expect(find(db, '同样').groups.map((g) => g.document.briefingId)).toEqual([keep]);
    expect(find(db, '独有').total).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(2);
    db.prepare("DELETE FROM blocks WHERE text = '同样的字'").run();
    expect(find(db, '同样').total).toBe(0);
    expect(find(db, '留下').total).toBe(1);
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
  });

  it('leaves nothing of a failed import in the index', () => {
    const broken = briefing([doc('标题', ['文字']), doc('第二篇', ['文字'])]);
    broken.documents[1]!.blocks.push({ kind: 'heading', level: 9, text: '坏标题' });
    expect(() => insertBriefing(db, broken)).toThrow(/CHECK/);
    expect(find(db, '文字').total).toBe(0);
    expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(0);
  });
});

describe('beyond the ranked hits', () => {
  const many = RANKED_HITS + 234;
  let db: Database;
  beforeEach(() => {
    db = openLibrary(':memory:').db;
    // Four documents of unequal length, so pages end inside and between documents.
    const texts = Array.from({ length: many }, (_, i) => `第${i}段 常见词`);
    insertBriefing(db, briefing([doc('甲', texts.slice(0, 300)), doc('乙', texts.slice(300, 301)), doc('丙', texts.slice(301, 1100)), doc('丁', texts.slice(1100))]));
  });

  it('reports more than RANKED_HITS and lists hits in library order', () => {
    const first = find(db, '常见词', { limit: 50 });
    expect(first).toMatchObject({ total: RANKED_HITS, totalExact: false });
    expect(first.groups.map((g) => [g.document.title, g.hitCount])).toEqual([['甲', 300]]);
    expect(first.groups[0]!.hits.map((h) => h.position)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reaches every hit by paging, with exact counts per document', () => {
    const seen: string[] = [];
    const counts = new Map<string, number>();
    for (let offset = 0; offset < many + 100; offset += 97) {
      const page = find(db, '常见词', { offset, limit: 97 });
      seen.push(...hitIds(page));
      for (const g of page.groups) counts.set(g.document.title, g.hitCount);
    }
    expect(seen.sort()).toEqual(scanIds(db, '常见词'));
    expect(Object.fromEntries(counts)).toEqual({ 甲: 300, 乙: 1, 丙: 799, 丁: many - 1100 });
  });
});

/** Deterministic pseudo-random numbers in [0, 1), replayable from the seed. */
function random(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

describe('substring semantics on random text', () => {
  // A small alphabet so substrings recur; with the forms that fold together.
  const alphabet = [...'产业工人改革会的一二', '“', '”', '，', ',', '。', '…', '.', ' ', 'G', 'g', 'Ｇ', '1', '１', 'É', 'é', '𠀀', '(', '（', '*', '-', ':'];

  it('agrees with instr over the folded text for random substrings and strings', () => {
    const next = random(20240806);
    const pick = (): string => alphabet[Math.floor(next() * alphabet.length)]!;
    const text = (n: number): string => Array.from({ length: n }, pick).join('');
    const db = openLibrary(':memory:').db;
    db.function('folded', { deterministic: true }, (t: unknown) => foldUnits(String(t)).join(''));
    const corpus = Array.from({ length: 6 }, (_, d) => doc(`${d}${text(6)}`, Array.from({ length: 40 }, () => text(5 + Math.floor(next() * 60)))));
    insertBriefing(db, briefing(corpus));
    const blocks = corpus.flatMap((d) => d.blocks.map((b) => b.text));

    let nonEmpty = 0;
    for (let i = 0; i < 400; i++) {
      const source = blocks[Math.floor(next() * blocks.length)]!;
      const chars = Array.from(source);
      const start = Math.floor(next() * chars.length);
      const query = i % 4 === 3 ? text(1 + Math.floor(next() * 3)) : chars.slice(start, start + 1 + Math.floor(next() * 6)).join('');
      const rows = find(db, query);
      const expected = parseQuery(query).length === 0 ? [] : scanIds(db, query, true);
      expect(hitIds(rows), JSON.stringify(query)).toEqual(expected);
      for (const hit of rows.groups.flatMap((g) => g.hits)) expect(hit.ranges.length, JSON.stringify(query)).toBeGreaterThan(0);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(200);
  });
});
