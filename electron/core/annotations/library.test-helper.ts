import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary, type Database } from '@db/open.ts';
import { listBlocks, listDocuments, type DocumentRow } from '@db/queries/library.ts';
import { insertBriefing, type NewBriefing } from '@db/queries/store-briefing.ts';
import type { BlockRange } from '@contract/contract.ts';
import { CanonicalText } from '../anchoring/index.ts';
import { draftOf, toNewBriefing } from '../import/import-draft.ts';
import { parseBriefingText } from '../import/parse/index.ts';
import { ApiError } from '@contract/errors.ts';

export const fixturePath = join(import.meta.dirname, '..', 'import', 'parse', 'fixtures', 'sample-briefing.txt');
/** The sample briefing as a text file (ASCII commas: the importer makes them Chinese). */
export const fixtureText = readFileSync(fixturePath, 'utf8');

/** A briefing file's text read by the real importer, ready to store. */
export function briefingOf(text: string, name = 'sample-briefing.txt'): NewBriefing {
  const bytes = new TextEncoder().encode(text);
  return toNewBriefing(draftOf(parseBriefingText(text)), name, bytes);
}

export interface SampleLibrary {
  db: Database;
  briefingId: number;
  /** The briefing's documents in order: 西安高新区, 韩城市, 宝鸡市渭滨区, 旬阳市, 神木市. */
  docs: DocumentRow[];
}

export function sampleLibrary(): SampleLibrary {
  const { db } = openLibrary(':memory:');
  const briefingId = insertBriefing(db, briefingOf(fixtureText));
  return { db, briefingId, docs: listDocuments(db, briefingId) };
}

export function documentText(db: Database, documentId: number): CanonicalText {
  return CanonicalText.fromBlocks(listBlocks(db, documentId));
}

/** The block range of the `occurrence`-th (from 0) occurrence of `quote` in the document. */
export function rangeOf(db: Database, documentId: number, quote: string, occurrence = 0): BlockRange {
  const doc = documentText(db, documentId);
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = doc.text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`no occurrence ${occurrence} of ${quote}`);
  }
  return doc.toBlockRange({ start: at, end: at + quote.length });
}

/** The text a stored range covers now. */
export function textAt(db: Database, documentId: number, range: BlockRange | null): string | null {
  if (!range) return null;
  const doc = documentText(db, documentId);
  const global = doc.toRange(range);
  return global && doc.slice(global);
}

/** The error code a call fails with, or undefined when it succeeds; anything but an ApiError is rethrown. */
export function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (err) {
    if (err instanceof ApiError) return err.code;
    throw err;
  }
  return undefined;
}
