/**
 * search_p50_ms, search_p95_ms: the library search the search screen calls (first page,
 * with snippets), through the service's API. search_vs_scan_ratio: like against like, in
 * this process on one read-only connection to the same library file, the search service
 * against the same queries answered without the index (every block read with instr):
 * total scan time over total search time. The peers (search-peers.ts) run on the same
 * connection, on the same queries.
 */
import Database from 'better-sqlite3';
import { parseQuery } from '@db/search/query.ts';
import { searchLibrary } from '@core/search/search-service.ts';
import type { Query } from './corpus.ts';
import type { ServiceHost } from './host.ts';
import { percentile, sum, timed, type Figure } from './metrics.ts';
import { buildPeers, measurePeers } from './search-peers.ts';

/** The baseline: the question asked of every block's text, the first page kept and every hit counted. */
function fullScan(db: Database.Database, query: string): number {
  const terms = parseQuery(query);
  const where = terms.map(() => 'instr(text, ?) > 0').join(' AND ');
  const page: unknown[] = [];
  let total = 0;
  for (const row of db.prepare(`SELECT id, document_id, text FROM blocks WHERE ${where}`).iterate(...terms)) {
    if (page.length < 50) page.push(row);
    total++;
  }
  return total;
}

export interface SearchRun {
  figures: Figure[];
  byKind: { kind: string; searchP50: number; searchP95: number; indexedP50: number; scanP50: number }[];
}

export async function measureSearch(
  host: ServiceHost,
  dbPath: string,
  queries: readonly Query[],
  peers: { dir: string; mb: number; log: (line: string) => void },
): Promise<SearchRun> {
  for (const { query } of queries.slice(0, 20)) await host.call('searchLibrary', { query });
  const searched: number[] = [];
  for (const { query } of queries) searched.push(await timed(() => host.call('searchLibrary', { query })));

  const db = new Database(dbPath, { readonly: true });
  const indexed: number[] = [];
  const scanned: number[] = [];
  let peerFigures: Figure[];
  try {
    const built = buildPeers(db, queries, peers.dir, peers.log);
    for (const { query } of queries.slice(0, 20)) searchLibrary(db, { query });
    for (const { query } of queries) {
      indexed.push(await timed(() => searchLibrary(db, { query })));
      scanned.push(await timed(() => fullScan(db, query)));
    }
    peerFigures = await measurePeers(db, queries, built, { apiMs: searched, inProcessMs: indexed }, peers.mb, peers.log);
  } finally {
    db.close();
  }
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const ofKind = (xs: number[], kind: string) => xs.filter((_, i) => queries[i]!.kind === kind);
  return {
    figures: [
      { metric: 'search_p50_ms', value: percentile(searched, 50), unit: 'ms' },
      { metric: 'search_p95_ms', value: percentile(searched, 95), unit: 'ms', target: { op: '<=', value: 5 } },
      { metric: 'search_vs_scan_ratio', value: sum(scanned) / sum(indexed), unit: '×', target: { op: '>=', value: 50 } },
      ...peerFigures,
    ],
    byKind: kinds.map((kind) => ({
      kind,
      searchP50: percentile(ofKind(searched, kind), 50),
      searchP95: percentile(ofKind(searched, kind), 95),
      indexedP50: percentile(ofKind(indexed, kind), 50),
      scanP50: percentile(ofKind(scanned, kind), 50),
    })),
  };
}
