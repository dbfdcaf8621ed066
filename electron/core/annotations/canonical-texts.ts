import type { Database } from '@db/open.ts';
import { blocksState, blocksVersion } from '@db/queries/block-versions.ts';
import { listBlocks } from '@db/queries/library.ts';
import { CanonicalText } from '../anchoring/index.ts';

interface Cached {
  version: number | null;
  text: CanonicalText;
}

interface ConnectionCache {
  dataVersion: number;
  texts: Map<number, Cached>;
}

const byDatabase = new WeakMap<Database, ConnectionCache>();

/** Documents whose text is kept: the ones being annotated, not the library. */
const KEPT = 8;

/**
 * A document's canonical text, kept between calls: rebuilding a long speech's text from
 * its 1,600 blocks for every highlight would cost more than storing it. The text is
 * reused only while its blocks' version (block-versions.ts) is the one it was built at
 * and no other connection has committed since; on a connection without the watch it is
 * built every time.
 */
export function canonicalTextOf(db: Database, documentId: number): CanonicalText {
  const state = blocksState(db);
  if (!state.watched) return CanonicalText.fromBlocks(listBlocks(db, documentId));
  let cache = byDatabase.get(db);
  if (!cache || cache.dataVersion !== state.dataVersion) {
    cache = { dataVersion: state.dataVersion, texts: new Map() };
    byDatabase.set(db, cache);
  }
  const version = blocksVersion(db, documentId);
  const hit = cache.texts.get(documentId);
  if (hit && hit.version === version) {
    // The latest used goes last, so the oldest is the first one dropped.
    cache.texts.delete(documentId);
    cache.texts.set(documentId, hit);
    return hit.text;
  }
  const text = CanonicalText.fromBlocks(listBlocks(db, documentId));
  cache.texts.delete(documentId);
  cache.texts.set(documentId, { version, text });
  if (cache.texts.size > KEPT) cache.texts.delete(cache.texts.keys().next().value!);
  return text;
}
