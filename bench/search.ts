/**
 * Library search at scale: builds a synthetic library from the sample briefing's own
 * sentences (seeded, so every run builds the same one), then times 200 queries of
 * 1–4 Chinese characters and mixed terms through the search service (first page, with
 * snippets) against the same queries answered by a full `instr` scan of every block.
 *
 *   node --import tsx bench/search.ts [--mb 100] [--docs 5000] [--seed 1] [--keep]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLibrary, type Database } from '../db/open.ts';
import { insertBriefing, type NewDocument } from '../db/queries/store-briefing.ts';
import { parseQuery } from '../db/search/query.ts';
import { parseBriefingText } from '../electron/services/import/index.ts';
import { searchLibrary } from '../electron/services/search-service.ts';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    docs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const targetBytes = Number(args.mb) * 1e6;
const documentCount = Number(args.docs ?? Math.round(Number(args.mb) * 50));
const DOCUMENTS_PER_BRIEFING = 50;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(Number(args.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const between = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));

const sample = parseBriefingText(readFileSync(new URL('../build/sample/产业工人队伍建设改革推进会交流发言.txt', import.meta.url), 'utf8'));
const speakers = sample.documents.map((d) => ({ unit: d.unit, speakerName: d.speaker?.name ?? null, speakerRole: d.speaker?.role ?? null }));
const titles = sample.documents.map((d) => d.title);
const headings = sample.documents.flatMap((d) => d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
const sentences = sample.documents.flatMap((d) =>
  d.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.match(/[^。！？；]+[。！？；]?/gu) ?? []),
);
const sampleText = sample.documents.flatMap((d) => [d.title, ...d.blocks.map((b) => b.text)]).join('\n');

function makeDocument(bytes: number): NewDocument {
  const blocks: NewDocument['blocks'] = [];
  let size = 0;
  while (size < bytes) {
    const heading = next() < 0.12;
    const text = heading ? pick(headings) : Array.from({ length: between(1, 6) }, () => pick(sentences)).join('');
    blocks.push(heading ? { kind: 'heading', level: between(1, 2), text } : { kind: 'paragraph', level: null, text });
    size += Buffer.byteLength(text);
  }
  return { title: next() < 0.5 ? pick(titles) : pick(headings), ...pick(speakers), blocks };
}

function build(db: Database): { ms: number; bytes: number } {
  const started = performance.now();
  const perDocument = targetBytes / documentCount;
  let made = 0;
  while (made < documentCount) {
    const count = Math.min(DOCUMENTS_PER_BRIEFING, documentCount - made);
    const documents = Array.from({ length: count }, () => makeDocument(perDocument));
    insertBriefing(db, {
      title: `合成资料 ${made / DOCUMENTS_PER_BRIEFING + 1}`,
      preface: null,
      credits: [],
      source: { name: 'synthetic.txt', format: 'txt', sha256: '00'.repeat(32), bytes: new Uint8Array() },
      documents,
    });
    made += count;
  }
  const bytes = db.prepare('SELECT sum(length(CAST(text AS BLOB))) FROM blocks').pluck().get() as number;
  return { ms: performance.now() - started, bytes };
}

const han = /^\p{Script=Han}+$/u;
function cjkSubstring(length: number): string {
  for (;;) {
    const chars = Array.from(pick(sentences));
    const start = between(0, Math.max(0, chars.length - length));
    const s = chars.slice(start, start + length).join('');
    if (Array.from(s).length === length && han.test(s)) return s;
  }
}

function absentCjk(length: number): string {
  const alphabet = [...new Set(Array.from(sampleText).filter((c) => han.test(c)))];
  for (;;) {
    const s = Array.from({ length }, () => pick(alphabet)).join('');
    if (!sampleText.includes(s)) return s;
  }
}

/** 200 queries: 1–4 Chinese characters from the text, and mixed ones (Latin, digits, quotes, AND, absent). */
function makeQueries(): { kind: string; query: string }[] {
  const mixedInText = [...new Set(sampleText.match(/[\dA-Za-z.%]+\p{Script=Han}{1,2}|“[^”]{2,8}”/gu) ?? [])];
  const queries: { kind: string; query: string }[] = [];
  for (let length = 1; length <= 4; length++) for (let i = 0; i < 35; i++) queries.push({ kind: `${length} char`, query: cjkSubstring(length) });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'mixed', query: pick(mixedInText) });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'AND', query: `${cjkSubstring(between(1, 3))} ${cjkSubstring(between(2, 4))}` });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'absent', query: absentCjk(between(2, 4)) });
  return queries;
}

/** The same question without the index: every block read, every term looked for with instr. */
function fullScan(db: Database, query: string): number {
  const terms = parseQuery(query);
  const where = terms.map(() => `instr(text, ?) > 0`).join(' AND ');
  const page: unknown[] = [];
  let total = 0;
  for (const row of db.prepare(`SELECT id, document_id, text FROM blocks WHERE ${where}`).iterate(...terms)) {
    if (page.length < 50) page.push(row);
    total++;
  }
  return total;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const summary = (ms: number[]): { p50: number; p95: number; max: number } => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
};
const f = (ms: number): string => ms.toFixed(ms < 10 ? 2 : 0);

const dir = mkdtempSync(join(tmpdir(), 'briefing-search-bench-'));
const { db } = openLibrary(join(dir, 'library.sqlite3'));
try {
  const built = build(db);
  const sizes = db
    .prepare("SELECT name LIKE 'search%' AS search, sum(pgsize) AS bytes FROM dbstat GROUP BY 1")
    .all() as { search: number; bytes: number }[];
  const indexBytes = sizes.find((s) => s.search === 1)?.bytes ?? 0;
  const blocks = db.prepare('SELECT count(*) FROM blocks').pluck().get() as number;
  console.log(`corpus: ${(built.bytes / 1e6).toFixed(1)} MB of text, ${documentCount} documents, ${blocks} blocks (seed ${args.seed})`);
  console.log(`build: ${(built.ms / 1000).toFixed(1)} s with indexing; index ${(indexBytes / 1e6).toFixed(1)} MB (${(indexBytes / built.bytes).toFixed(2)}× the text)`);

  const queries = makeQueries();
  for (const { query } of queries) searchLibrary(db, { query });
  const indexed = queries.map(({ query }) => time(() => searchLibrary(db, { query })));
  const capped = queries.filter(({ query }) => !searchLibrary(db, { query }).totalExact).length;
  const scanned = queries.map(({ query }) => time(() => fullScan(db, query)));

  console.log(`\n${queries.length} queries, first page of 50 with snippets; ${capped} have more hits than are counted exactly`);
  console.log('kind        index p50   p95    max  |  scan p50   p95');
  for (const kind of [...new Set(queries.map((q) => q.kind))]) {
    const pickKind = (ms: number[]): number[] => ms.filter((_, i) => queries[i]!.kind === kind);
    const a = summary(pickKind(indexed));
    const b = summary(pickKind(scanned));
    console.log(`${kind.padEnd(10)} ${f(a.p50).padStart(8)} ${f(a.p95).padStart(6)} ${f(a.max).padStart(6)}  | ${f(b.p50).padStart(8)} ${f(b.p95).padStart(6)}`);
  }
  const a = summary(indexed);
  const b = summary(scanned);
  const ratios = queries.map((_, i) => scanned[i]! / indexed[i]!).sort((x, y) => x - y);
  console.log(`\nsearch_p50_ms ${f(a.p50)}  search_p95_ms ${f(a.p95)}  max ${f(a.max)}`);
  console.log(`full scan p50 ${f(b.p50)} ms  p95 ${f(b.p95)} ms`);
  console.log(`speed-up: p50 ${(b.p50 / a.p50).toFixed(0)}×, p95 ${(b.p95 / a.p95).toFixed(0)}×, per query min ${ratios[0]!.toFixed(0)}× median ${percentile(ratios, 50).toFixed(0)}×`);
} finally {
  db.close();
  if (args.keep) console.log(`library kept at ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
