/**
 * The SQLite FTS5 `trigram` peer: the library's entries in a table of their own, in a
 * file of its own, rowid = the entry's ordinal. A term of three characters or more is
 * a MATCH phrase; the tokenizer cannot index shorter ones, so those are LIKE patterns
 * (a scan of the table). Answering a query is what the search does for its first page:
 * count up to RANKED_HITS + 1 matches and read the first page's texts.
 * Benchmark-only SQL (see entries.ts).
 */
import Database from 'better-sqlite3';
import { RANKED_HITS } from '@db/queries/search.ts';
import { parseQuery } from '@db/search/query.ts';
import { SEARCH_PAGE_SIZE } from '@core/search/search-service.ts';

interface Condition {
  sql: string;
  params: string[];
}

const likePattern = (term: string): string => `%${term.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;

/** The WHERE clause for a query's terms: all of them, as the search requires. */
export function trigramCondition(query: string): Condition | null {
  const terms = parseQuery(query);
  if (terms.length === 0) return null;
  const long = terms.filter((t) => Array.from(t).length >= 3);
  const short = terms.filter((t) => Array.from(t).length < 3);
  const parts = [
    ...(long.length ? [`trigram MATCH ?`] : []),
    ...short.map(() => `text LIKE ? ESCAPE '\\'`),
  ];
  return {
    sql: parts.join(' AND '),
    params: [...(long.length ? [long.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ')] : []), ...short.map(likePattern)],
  };
}

export class TrigramPeer {
  readonly db: Database.Database;
  private readonly insert: Database.Statement;

  /** Throws when this SQLite lacks FTS5 or its trigram tokenizer (SQLite 3.34+). */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE VIRTUAL TABLE trigram USING fts5(text, tokenize = 'trigram')`);
    this.insert = this.db.prepare('INSERT INTO trigram (rowid, text) VALUES (?, ?)');
  }

  /** Call inside `db.transaction`, so the build is one commit. */
  add(ordinal: number, text: string): void {
    this.insert.run(ordinal, text);
  }

  /** The first page's work: a capped count and the page's texts. */
  search(query: string): number {
    const where = trigramCondition(query);
    if (!where) return 0;
    const total = this.db.prepare(`SELECT count(*) FROM (SELECT rowid FROM trigram WHERE ${where.sql} LIMIT ?)`).pluck().get(...where.params, RANKED_HITS + 1) as number;
    this.db.prepare(`SELECT rowid, text FROM trigram WHERE ${where.sql} LIMIT ?`).all(...where.params, SEARCH_PAGE_SIZE);
    return total;
  }

  /** Every match's ordinal, for recall; not timed. */
  allHits(query: string): number[] {
    const where = trigramCondition(query);
    return where ? (this.db.prepare(`SELECT rowid FROM trigram WHERE ${where.sql}`).pluck().all(...where.params) as number[]) : [];
  }

  close(): void {
    this.db.close();
  }
}
