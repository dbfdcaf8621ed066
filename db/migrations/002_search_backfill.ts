import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/*
 * Migration 002's backfill, frozen: a copy of how the search index was written when
 * search arrived (db/search/indexer.ts, fold.ts, facets.ts and keys.ts at that time),
 * not an import of them. An upgrade from version 1 must build the index that version 2
 * defined; if it called the live indexer, a later change there would silently change
 * what this old upgrade writes. A change to the index format is a new migration that
 * re-indexes, never an edit here.
 */

const ESCAPE_BASE = 0xf0000;
const RESERVED_END = 0xf00ff;
const END_UNIT = String.fromCodePoint(ESCAPE_BASE + 0x80);
const FACET_MARK = String.fromCodePoint(ESCAPE_BASE + 0x81);
const REPLACEMENT = '\ufffd';
const DOCUMENT_SPAN = 2 ** 21;
const DOCUMENTS_PER_BRIEFING = 4096;
const TITLE_SLOT = 0;

function unitOf(code: number): string {
  if (code < 0x80) {
    const isDigit = code >= 0x30 && code <= 0x39;
    const isLower = code >= 0x61 && code <= 0x7a;
    return isDigit || isLower ? String.fromCharCode(code) : String.fromCodePoint(ESCAPE_BASE + code);
  }
  if (code >= ESCAPE_BASE && code <= RESERVED_END) return REPLACEMENT;
  return String.fromCodePoint(code);
}

function foldChar(char: string): string[] {
  const code = char.codePointAt(0) ?? 0;
  const folded = code >= 0xd800 && code <= 0xdfff ? REPLACEMENT : char.normalize('NFKC').toLowerCase();
  return Array.from(folded, (c) => unitOf(c.codePointAt(0) ?? 0));
}

/** Each folded unit paired with the next, the last with END_UNIT. */
function indexTokens(text: string): string {
  const units = Array.from(text).flatMap(foldChar);
  if (units.length === 0) return '';
  const pairs = units.map((unit, i) => unit + (units[i + 1] ?? END_UNIT));
  return pairs.join(' ');
}

function facetToken(prefix: string, value: string): string {
  return FACET_MARK + prefix + createHash('sha256').update(value).digest('hex').slice(0, 20);
}

/** A version-2 library has no annotations yet, so only unit and speaker are facets. */
function facetTokens(unit: string | null, speaker: string | null): string {
  const found: string[] = [];
  if (unit != null) found.push(facetToken('u', unit));
  if (speaker != null) found.push(facetToken('s', speaker));
  return found.join(' ');
}

function entryKey(briefingId: number, documentPosition: number, slot: number): number {
  if (!Number.isInteger(briefingId) || briefingId < 1 || briefingId > 2 ** 20 - 1) {
    throw new RangeError(`briefing id ${briefingId} is outside the search index's range`);
  }
  if (!Number.isInteger(documentPosition) || documentPosition < 0 || documentPosition >= DOCUMENTS_PER_BRIEFING) {
    throw new RangeError(`document position ${documentPosition} is outside the search index's range`);
  }
  return (-briefingId * DOCUMENTS_PER_BRIEFING + documentPosition) * DOCUMENT_SPAN + slot;
}

interface StoredDocument {
  id: number;
  briefingId: number;
  position: number;
  title: string;
  unit: string | null;
  speakerName: string | null;
}

interface StoredBlock {
  id: number;
  position: number;
  kind: string;
  text: string;
}

/** Indexes every document stored before search existed: each title, then each block. */
export function indexLibraryAtVersion2(db: Database): void {
  const documents = db
    .prepare('SELECT id, briefing_id AS briefingId, position, title, unit, speaker_name AS speakerName FROM documents ORDER BY id')
    .all() as StoredDocument[];
  const blocks = db.prepare('SELECT id, position, kind, text FROM blocks WHERE document_id = ? ORDER BY position');
  const addEntry = db.prepare('INSERT INTO search_entries (key, document_id, kind, block_id) VALUES (?, ?, ?, ?)');
  const addTokens = db.prepare('INSERT INTO search_index (rowid, grams, facets) VALUES (?, ?, ?)');
  for (const doc of documents) {
    const facets = facetTokens(doc.unit, doc.speakerName);
    const add = (slot: number, kind: string, blockId: number | null, text: string): void => {
      const key = entryKey(doc.briefingId, doc.position, slot);
      addEntry.run(key, doc.id, kind, blockId);
      addTokens.run(key, indexTokens(text), facets);
    };
    add(TITLE_SLOT, 'title', null, doc.title);
    for (const block of blocks.all(doc.id) as StoredBlock[]) {
      if (!Number.isInteger(block.position) || block.position < 0 || block.position > 2 ** 20 - 2) {
        throw new RangeError(`block position ${block.position} is outside the search index's range`);
      }
      add(block.position + 1, block.kind, block.id, block.text);
    }
  }
}
