/**
 * The search's peers, given the same entries and the same queries in the same run:
 * ripgrep over one file per document, and SQLite's FTS5 trigram tokenizer, plus the
 * exact substring scan that the search's results must equal (search_recall) and that
 * the trigram's results are held against (trigram_recall).
 *
 * search_vs_ripgrep: ripgrep's total time over the search's, each as a user waits for
 * it (a process started and run to its count; a call through the service's API).
 * search_vs_trigram: like against like, in this process on read-only connections: the
 * trigram table's capped count and first page against the search service's.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { RANKED_HITS } from '@db/queries/search.ts';
import { searchLibrary } from '@core/search/search-service.ts';
import type { SearchResult } from '@contract/contract.ts';
import type { Query } from './corpus.ts';
import { countEntries, libraryEntries } from './entries.ts';
import { ExactHits } from './exact.ts';
import { skipped, sum, timed, versus, type Figure } from './metrics.ts';
import { missingTool } from './peer-tools.ts';
import { RipgrepFolder } from './ripgrep.ts';
import { atGigabyte } from './scale.ts';
import { TrigramPeer } from './trigram.ts';

export interface SearchPeers {
  exact: ExactHits;
  /** Entry id (as a hit names it) to ordinal. */
  ordinals: Map<string, number>;
  ripgrep: RipgrepFolder | string;
  trigram: TrigramPeer | string;
}

/** One pass over the library's entries fills every peer. */
export function buildPeers(db: Database.Database, queries: readonly Query[], dir: string, log: (line: string) => void): SearchPeers {
  mkdirSync(dir, { recursive: true });
  const exact = new ExactHits(queries.map((q) => q.query), countEntries(db));
  const ordinals = new Map<string, number>();
  const rgMissing = missingTool('rg', 'ripgrep');
  const ripgrep = rgMissing ?? new RipgrepFolder(join(dir, 'ripgrep'));
  let trigram: TrigramPeer | string;
  try {
    trigram = new TrigramPeer(join(dir, 'trigram.sqlite3'));
  } catch (err) {
    trigram = `this SQLite has no FTS5 trigram tokenizer: ${(err as Error).message}`;
  }
  let bytes = 0;
  let trigramMs = 0;
  const add = () => {
    for (const entries of libraryEntries(db)) {
      for (const entry of entries) {
        const ordinal = ordinals.size;
        ordinals.set(entry.id, ordinal);
        exact.add(ordinal, entry.text);
        bytes += Buffer.byteLength(entry.text);
        if (typeof trigram !== 'string') {
          const started = performance.now();
          trigram.add(ordinal, entry.text);
          trigramMs += performance.now() - started;
        }
      }
      if (typeof ripgrep !== 'string') ripgrep.addDocument(entries[0]!.documentId, entries);
    }
  };
  const started = performance.now();
  if (typeof trigram === 'string') add();
  else trigram.db.transaction(add)();
  const seconds = (performance.now() - started) / 1000;
  log(`  peers: ${ordinals.size} entries, ${(bytes / 1e6).toFixed(1)} MB of text, written out in ${seconds.toFixed(1)} s${typeof trigram === 'string' ? '' : ` (trigram inserts ${(trigramMs / 1000).toFixed(1)} s)`}`);
  return { exact, ordinals, ripgrep, trigram };
}

/** What a search result names, as entry ids (its whole result when it has no more than a page of `RANKED_HITS`). */
function hitIds(result: SearchResult): string[] {
  return result.groups.flatMap((g) =>
    g.hits.map((h) => {
      if (h.kind === 'title') return `t:${g.document.id}`;
      if ('blockId' in h) return `b:${h.blockId}`;
      return `${h.kind === 'note' ? 'n' : 'g'}:${h.annotationId}`;
    }),
  );
}

function searchRecall(db: Database.Database, queries: readonly Query[], peers: SearchPeers, log: (line: string) => void): Figure {
  let found = 0;
  let truth = 0;
  let checked = 0;
  const wrong: string[] = [];
  queries.forEach(({ query }, q) => {
    const result = searchLibrary(db, { query, limit: RANKED_HITS });
    const ordinals = hitIds(result).map((id) => peers.ordinals.get(id) ?? -1);
    const extra = ordinals.filter((o) => o < 0 || !peers.exact.has(q, o)).length;
    if (extra) wrong.push(`${query}: ${extra} hits the exact scan does not find`);
    if (result.totalExact) {
      checked++;
      truth += peers.exact.count(q);
      found += ordinals.length - extra;
      if (result.total !== peers.exact.count(q)) wrong.push(`${query}: ${result.total} hits, the exact scan finds ${peers.exact.count(q)}`);
    } else if (peers.exact.count(q) <= RANKED_HITS) wrong.push(`${query}: more than ${RANKED_HITS} hits, the exact scan finds ${peers.exact.count(q)}`);
  });
  log(`  search against the exact scan: every hit checked for ${checked} queries (≤ ${RANKED_HITS} hits); for the other ${queries.length - checked}, the first ${RANKED_HITS} hits and the count beyond ${RANKED_HITS}`);
  for (const line of wrong.slice(0, 10)) log(`    WRONG ${line}`);
  return { metric: 'search_recall', value: truth === 0 ? 100 : (100 * found) / truth, unit: '%', target: { op: '>=', value: 100 } };
}

export async function measurePeers(
  db: Database.Database,
  queries: readonly Query[],
  peers: SearchPeers,
  ours: { apiMs: readonly number[]; inProcessMs: readonly number[] },
  mb: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  const figures = [searchRecall(db, queries, peers, log)];

  const { ripgrep } = peers;
  if (typeof ripgrep === 'string') figures.push(skipped('search_vs_ripgrep', ripgrep));
  else {
    for (const { query } of queries.slice(0, 20)) await ripgrep.count(query);
    const ms: number[] = [];
    let agree = 0;
    for (const [q, { query }] of queries.entries()) {
      let count = 0;
      ms.push(await timed(async () => (count = await ripgrep.count(query))));
      if (count === peers.exact.count(q)) agree++;
    }
    log(`  ripgrep: ${(sum(ms) / ms.length).toFixed(1)} ms a query on average; its count equals the exact scan's for ${agree} of ${queries.length} queries (it does not fold width)`);
    figures.push(versus('search_vs_ripgrep', { ours: sum(ours.apiMs), theirs: sum(ms) }, { op: '>=', value: atGigabyte(mb) ? 20 : 5 }));
  }

  const { trigram } = peers;
  if (typeof trigram === 'string') figures.push(skipped('search_vs_trigram', trigram), skipped('trigram_recall', trigram));
  else {
    for (const { query } of queries.slice(0, 20)) trigram.search(query);
    const ms: number[] = [];
    for (const { query } of queries) ms.push(await timed(() => trigram.search(query)));
    let found = 0;
    let truth = 0;
    queries.forEach(({ query }, q) => {
      truth += peers.exact.count(q);
      found += trigram.allHits(query).filter((o) => peers.exact.has(q, o)).length;
    });
    log(`  trigram: ${(sum(ms) / ms.length).toFixed(1)} ms a query on average`);
    figures.push(
      versus('search_vs_trigram', { ours: sum(ours.inProcessMs), theirs: sum(ms) }),
      { metric: 'trigram_recall', value: truth === 0 ? 100 : (100 * found) / truth, unit: '%' },
    );
    trigram.close();
  }
  return figures;
}
