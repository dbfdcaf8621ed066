import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { findAnnotations, insertAnnotation } from '../queries/annotations.ts';
import { listBlocks, listDocuments } from '../queries/library.ts';
import { listReadingPositions, saveReadingPosition } from '../queries/reading.ts';
import { search } from '../queries/search.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { latestVersion, migrations } from './index.ts';

function version3Library(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-annotations-'));
  const path = join(dir, 'v3.sqlite3');
  const old = new BetterSqlite3(path);
  migrate(old, migrations.slice(0, 3));
  const briefingId = insertBriefing(old, sampleBriefing());
  // Plain SQL: today's queries may read tables a version-3 library does not have yet.
  const docId = old.prepare('SELECT id FROM documents WHERE briefing_id = ? ORDER BY position LIMIT 1 OFFSET 1').pluck().get(briefingId) as number;
  const blockId = old.prepare('SELECT id FROM blocks WHERE document_id = ? ORDER BY position LIMIT 1 OFFSET 4').pluck().get(docId) as number;
  saveReadingPosition(old, docId, blockId);
  old.close();
  const copy = join(dir, 'copy.sqlite3');
  copyFileSync(path, copy);
  return copy;
}

describe('migration 004 (annotations)', () => {
  it('upgrades a version-3 library with its documents, reading positions and search intact', () => {
    const { db } = openLibrary(version3Library());
    expect(schemaVersion(db)).toBe(latestVersion);
    const docs = listDocuments(db);
    expect(docs).toHaveLength(5);
    expect(listReadingPositions(db)).toEqual([expect.objectContaining({ documentId: docs[1]!.id, paragraph: 3 })]);
    expect(search(db, { query: '四个突出', limit: 50, offset: 0 }).total).toBe(2);
    expect(findAnnotations(db, { deleted: null })).toEqual([]);

    const block = listBlocks(db, docs[0]!.id)[0]!;
    const id = insertAnnotation(db, {
      documentId: docs[0]!.id,
      kind: 'highlight',
      style: 'highlight',
      color: 'yellow',
      note: '',
      placement: {
        range: { startBlockId: block.id, startOffset: 0, endBlockId: block.id, endOffset: 3 },
        selectors: { quoteExact: block.text.slice(0, 3), quotePrefix: '', quoteSuffix: block.text.slice(3, 10), positionStart: 0, positionEnd: 3 },
      },
    });
    expect(findAnnotations(db, { deleted: false }).map((a) => [a.id, a.paragraph])).toEqual([[id, 1]]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('lets the schema refuse annotations that contradict themselves', () => {
    const { db } = openLibrary(':memory:');
    const documentId = listDocuments(db, insertBriefing(db, sampleBriefing()))[0]!.id;
    const insert = (columns: string) => () => db.prepare(`INSERT INTO annotations (document_id, kind, style, color, status, ${columns})`).run(documentId);
    // A highlight without a style; a note with a style; an anchored passage without a range; a free note that is an orphan.
    expect(insert("quote_exact, position_start, position_end) VALUES (?, 'highlight', NULL, 'yellow', 'orphan', 'x', 0, 1")).toThrow(/CHECK/);
    expect(insert("note) VALUES (?, 'note', 'underline', NULL, 'anchored', ''")).toThrow(/CHECK/);
    expect(insert("quote_exact, position_start, position_end) VALUES (?, 'bookmark', NULL, NULL, 'anchored', 'x', 0, 1")).toThrow(/CHECK/);
    expect(insert("note) VALUES (?, 'note', NULL, NULL, 'orphan', ''")).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO tags (name, name_key, color) VALUES ('a', 'a', '#ABCDEF')").run()).toThrow(/CHECK/);
  });
});
