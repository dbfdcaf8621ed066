import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '@db/open.ts';
import { listBlocks, listDocuments } from '@db/queries/library.ts';
import { insertBriefing, replaceBriefing } from '@db/queries/store-briefing.ts';
import { CanonicalText } from '../anchoring/index.ts';
import { briefingOf, fixtureText, sampleLibrary } from './library.test-helper.ts';
import { canonicalTextOf } from './canonical-texts.ts';

/** The text as the blocks hold it now, built afresh. */
const fresh = (db: Database, documentId: number) => CanonicalText.fromBlocks(listBlocks(db, documentId)).text;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a document’s text kept between writes', () => {
  it('is built once while its blocks stay as they are', () => {
    const { db, docs } = sampleLibrary();
    const first = canonicalTextOf(db, docs[0]!.id);
    expect(first.text).toBe(fresh(db, docs[0]!.id));
    expect(canonicalTextOf(db, docs[0]!.id)).toBe(first);
    expect(canonicalTextOf(db, docs[1]!.id).text).toBe(fresh(db, docs[1]!.id));
    expect(canonicalTextOf(db, docs[0]!.id)).toBe(first);
  });

  it('is rebuilt after a corrected file replaced the document’s blocks', () => {
    const { db, briefingId, docs } = sampleLibrary();
    const id = docs[0]!.id;
    const before = canonicalTextOf(db, id).text;
    expect(replaceBriefing(db, briefingId, briefingOf(fixtureText.replaceAll('西安高新区', '西安市高新区')))).toBe(true);
    expect(listDocuments(db, briefingId)[0]!.id).toBe(id);
    const after = canonicalTextOf(db, id).text;
    expect(after).not.toBe(before);
    expect(after).toBe(fresh(db, id));
  });

  it('forgets what it built inside a transaction that rolled back', () => {
    const { db, docs } = sampleLibrary();
    const id = docs[0]!.id;
    const before = canonicalTextOf(db, id);
    const failed = db.transaction(() => {
      db.prepare("UPDATE blocks SET text = text || '（草稿）' WHERE document_id = ?").run(id);
      expect(canonicalTextOf(db, id).text).toContain('（草稿）');
      throw new Error('rolled back');
    });
    expect(failed).toThrow('rolled back');
    expect(canonicalTextOf(db, id).text).toBe(before.text);
    expect(canonicalTextOf(db, id).text).not.toContain('（草稿）');
  });

  it('never takes a deleted document’s text for a new one that reuses its id', () => {
    const { db, briefingId, docs } = sampleLibrary();
    const last = docs.at(-1)!;
    const old = canonicalTextOf(db, last.id).text;
    db.prepare('DELETE FROM briefings WHERE id = ?').run(briefingId);
    const again = listDocuments(db, insertBriefing(db, briefingOf(fixtureText.replaceAll('神木市', '府谷县')))).at(-1)!;
    expect(again.id).toBe(last.id);
    expect(canonicalTextOf(db, again.id).text).toBe(fresh(db, again.id));
    expect(canonicalTextOf(db, again.id).text).not.toBe(old);
  });

  it('is rebuilt after another connection committed (a restore, the CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'document-texts-'));
    dirs.push(dir);
    const path = join(dir, 'library.sqlite3');
    const { db } = openLibrary(path);
    const id = listDocuments(db, insertBriefing(db, briefingOf(fixtureText)))[0]!.id;
    const before = canonicalTextOf(db, id).text;
    const other = new BetterSqlite3(path);
    other.prepare("UPDATE blocks SET text = text || '（另一处）' WHERE document_id = ?").run(id);
    other.close();
    expect(canonicalTextOf(db, id).text).toBe(fresh(db, id));
    expect(canonicalTextOf(db, id).text).not.toBe(before);
    db.close();
  });

  it('is built every time on a connection whose blocks are not watched', () => {
    const { db, docs } = sampleLibrary();
    const id = docs[0]!.id;
    const kept = canonicalTextOf(db, id);
    db.exec('DROP TRIGGER temp.block_versions_update');
    expect(canonicalTextOf(db, id)).not.toBe(kept);
    db.prepare("UPDATE blocks SET text = text || '（无人看守）' WHERE document_id = ?").run(id);
    expect(canonicalTextOf(db, id).text).toContain('（无人看守）');
  });
});
