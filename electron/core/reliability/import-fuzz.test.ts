import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '@db/open.ts';
import { ApiError } from '@contract/errors.ts';
import { createAnnotation } from '../annotations/annotation-service.ts';
import { briefingOf, fixtureText, rangeOf } from '../annotations/library.test-helper.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import { listDocuments } from '@db/queries/library.ts';
import { importFile, type Parse } from '../import/import-service.ts';
import { parseFile } from '../import/parse/index.ts';
import { parseInWorker } from '../import/worker/parse-in-worker.ts';
import { sourceWorker } from '../import/worker/test-config.test-helper.ts';
import { addToSession, createSession } from '../sessions/session-service.ts';
import { fuzzFormats, hostileInput, type FuzzFormat, type HostileInput } from './hostile-inputs.test-helper.ts';
import { fullStress, Prng, stressSeed } from './prng.test-helper.ts';

/**
 * Hostile files: mutated and malicious inputs of every format go through the import
 * entry the CLI uses (importFile: parse, then save in one transaction). Each must end in
 * a clear, localized ApiError with the library unchanged, or in a sane import: text in
 * every block, and no NULs, control characters or lone surrogates stored.
 *
 * Most inputs are parsed in this process for speed; every WORKER_STRIDE-th goes through
 * the import worker, whose stall timeout stops a parse that hangs. Quick size in
 * `npm test`; BRIEFING_STRESS=full runs 1,000 per format; BRIEFING_SEED=<n> replays.
 */
const PER_FORMAT = fullStress ? 1000 : 30;
const WORKER_STRIDE = fullStress ? 10 : 15;
const STALL_MS = 5000;

const inProcess: Parse = (bytes, fileName, options) => parseFile(bytes, fileName, { locale: options.locale });
const inWorker: Parse = (bytes, fileName, options) => parseInWorker({ ...sourceWorker, stallMs: STALL_MS }, bytes, fileName, options);

/** A library holding what a user has: a briefing, an annotation with a note, a session. */
function userLibrary(): Database {
  const { db } = openLibrary(':memory:');
  const briefingId = insertBriefing(db, briefingOf(fixtureText));
  const doc = listDocuments(db, briefingId)[0]!;
  const note = createAnnotation(db, { documentId: doc.id, kind: 'highlight', range: rangeOf(db, doc.id, '举旗帜'), note: '我的笔记' });
  addToSession(db, { sessionId: createSession(db, { title: '研讨' }).id, annotationIds: [note.id] });
  return db;
}

/** Every row of every table (and the search index's entries), hashed: equal means unchanged. */
function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  for (const rowid of db.prepare('SELECT rowid FROM search_index').pluck().iterate()) hash.update(String(rowid));
  return hash.digest('hex');
}

const UNPRINTABLE = /\p{Cc}/u;

/** The stored text of a briefing: its title, preface lines, documents' fields and blocks. */
function storedTexts(db: Database, briefingId: number): { blocks: string[]; fields: string[] } {
  const blocks = db
    .prepare('SELECT b.text FROM blocks b JOIN documents d ON d.id = b.document_id WHERE d.briefing_id = ?')
    .pluck()
    .all(briefingId) as string[];
  // The preface is the one multi-line field: its lines are checked one by one.
  const [title, preface] = db.prepare('SELECT title, preface FROM briefings WHERE id = ?').raw().get(briefingId) as (string | null)[];
  const fields = [
    title ?? null,
    ...(preface?.split('\n') ?? []),
    ...(db.prepare('SELECT title, unit, speaker_name, speaker_role FROM documents WHERE briefing_id = ?').raw().all(briefingId) as (string | null)[][]).flat(),
  ].filter((f): f is string => f !== null);
  return { blocks, fields };
}

function expectSaneText(text: string, where: string): void {
  expect(UNPRINTABLE.test(text), `${where}: control character in ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
  expect(/[\ud800-\udfff]/u.test(text), `${where}: lone surrogate in ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
}

/**
 * Imports one input and checks the outcome. A successful import is checked and then
 * deleted, so that every input meets the same library and its fingerprint.
 */
async function importAndCheck(db: Database, baseline: string, input: HostileInput, parse: Parse, where: string): Promise<'imported' | 'refused'> {
  let briefingId: number;
  try {
    ({ briefingId } = await importFile(db, parse, input.bytes, input.name, { locale: 'zh-CN' }));
  } catch (err) {
    expect(err, `${where}: not a clear error: ${String(err)}`).toBeInstanceOf(ApiError);
    const { code, message } = (err as ApiError).payload;
    expect(code, where).toBe('import_failed');
    expect(message['zh-CN'], where).toMatch(/^无法导入“.+”：.+资料库未作任何改动。$/u);
    expect(message.en, where).toMatch(/^Cannot import ".+": .+ The library was not changed\.$/u);
    expect(fingerprint(db), `${where}: library changed by a refused import`).toBe(baseline);
    return 'refused';
  }
  const { blocks, fields } = storedTexts(db, briefingId);
  expect(blocks.length, where).toBeGreaterThan(0);
  for (const text of blocks) {
    expect(text.trim(), `${where}: empty block`).not.toBe('');
    expectSaneText(text, where);
  }
  for (const text of fields) expectSaneText(text, where);
  db.prepare('DELETE FROM briefings WHERE id = ?').run(briefingId);
  expect(fingerprint(db), `${where}: deleting the import left something behind`).toBe(baseline);
  return 'imported';
}

describe('import fuzz', () => {
  const seed = stressSeed();

  it.each(fuzzFormats.map((f, i) => [f, i] as [FuzzFormat, number]))(
    `%s: ${PER_FORMAT} hostile inputs end in a clear error with the library unchanged, or a sane import`,
    { timeout: PER_FORMAT * 30_000 },
    async (format, offset) => {
      const rng = new Prng(seed + offset);
      const db = userLibrary();
      const baseline = fingerprint(db);
      const outcomes = { imported: 0, refused: 0 };
      for (let i = 0; i < PER_FORMAT; i++) {
        const input = hostileInput(format, rng, i);
        const viaWorker = i % WORKER_STRIDE === 0;
        const where = `${format} input ${i} (${input.label}${viaWorker ? ', in the worker' : ''}); replay with BRIEFING_SEED=${seed}`;
        outcomes[await importAndCheck(db, baseline, input, viaWorker ? inWorker : inProcess, where)]++;
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Both outcomes occur, or the mutations are too weak (or too strong) to mean anything.
      expect(outcomes.refused, `seed ${seed}`).toBeGreaterThan(0);
      if (format !== 'pdf' || fullStress) expect(outcomes.imported, `seed ${seed}`).toBeGreaterThan(0);
      db.close();
    },
  );

  it('stops, through the worker, each attack that could hang or exhaust the app', { timeout: 120_000 }, async () => {
    const db = userLibrary();
    const baseline = fingerprint(db);
    const rng = new Prng(seed);
    const attacks: HostileInput[] = [];
    for (let i = 0; attacks.length < 3; i++) {
      const format = rng.pick(['docx', 'html', 'md', 'txt'] as const);
      const input = hostileInput(format, rng, i);
      if (['zip bomb', 'nested 100k deep', 'line of megabytes'].includes(input.label) && !attacks.some((a) => a.label === input.label)) attacks.push(input);
    }
    for (const input of attacks) await importAndCheck(db, baseline, input, inWorker, `${input.name} (${input.label}); replay with BRIEFING_SEED=${seed}`);
    db.close();
  });
});
