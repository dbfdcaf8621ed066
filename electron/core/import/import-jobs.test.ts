import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from '@contract/contract.ts';
import { openLibrary } from '@db/open.ts';
import { ImportJobs } from './import-jobs.ts';
import type { Parse } from './import-service.ts';
import { parseInWorker } from './worker/parse-in-worker.ts';
import { sourceWorker } from './worker/test-config.test-helper.ts';
import { listDocuments } from '../library/library-service.ts';

const fixtures = join(import.meta.dirname, 'parse', 'fixtures');
const parse: Parse = (bytes, name, options) => parseInWorker(sourceWorker, bytes, name, options);

function setup() {
  const { db } = openLibrary(':memory:');
  return { db, jobs: new ImportJobs(db, parse, () => 'zh-CN') };
}

async function settle(jobs: ImportJobs, id: string): Promise<ImportJob> {
  for (let i = 0; i < 200; i++) {
    const job = jobs.get(id);
    if (job.state !== 'reading') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('import never settled');
}

describe('import jobs', () => {
  it('read a file in the background and save the reviewed draft in one go', async () => {
    const { db, jobs } = setup();
    const started = jobs.start('sample.docx', readFileSync(join(fixtures, 'sample-briefing.docx')));
    expect(started.state).toBe('reading');
    const job = await settle(jobs, started.id);
    expect(job.state).toBe('ready');
    expect(job.draft!.documents.map((d) => d.unit)).toEqual(['西安高新区', '韩城市', '宝鸡市渭滨区', '旬阳市', '神木市']);
    expect(job.repairs.length).toBeGreaterThan(3);
    expect(listDocuments(db)).toHaveLength(0);

    const draft = { ...job.draft!, title: '产改推进会交流材料' };
    draft.documents[0] = { ...draft.documents[0]!, title: '改过的标题' };
    const saved = jobs.commit(job.id, draft);
    expect(saved.briefing.uri).toMatch(/^urn:briefing:pack:\d+$/);
    expect(saved.documents.map((d) => d.title)[0]).toBe('改过的标题');
    expect(() => jobs.get(job.id)).toThrow();
  });

  it('undo a repair by reading again, listing it as no longer applied, and redo it', async () => {
    const { jobs } = setup();
    const first = await settle(jobs, jobs.start('s.txt', readFileSync(join(fixtures, 'sample-briefing.txt'))).id);
    const caption = first.repairs.find((r) => r.kind === 'caption-moved')!;
    const undone = await settle(jobs, jobs.reparse(first.id, [caption.id]).id);
    expect(undone.repairs.find((r) => r.id === caption.id)).toMatchObject({ applied: false });
    expect(undone.repairs.filter((r) => r.applied)).toHaveLength(first.repairs.length - 1);
    const redone = await settle(jobs, jobs.reparse(first.id, []).id);
    expect(redone.repairs.every((r) => r.applied)).toBe(true);
    expect(redone.draft).toEqual(first.draft);
  });

  it('report bad input with a message in both languages, and save nothing', async () => {
    const { db, jobs } = setup();
    const job = await settle(jobs, jobs.start('fake.pdf', new TextEncoder().encode('not a pdf at all')).id);
    expect(job.state).toBe('failed');
    expect(job.error!.code).toBe('import_failed');
    expect(job.error!.message['zh-CN']).toContain('fake.pdf');
    expect(job.error!.message.en).toContain('not changed');
    expect(() => jobs.commit(job.id, { title: null, preface: null, credits: [], documents: [] })).toThrow();
    expect(listDocuments(db)).toHaveLength(0);
  });

  it('recognize a file imported before', async () => {
    const { jobs } = setup();
    const bytes = readFileSync(join(fixtures, 'sample-briefing.docx'));
    const job = await settle(jobs, jobs.start('a.docx', bytes).id);
    const saved = jobs.commit(job.id, job.draft!);
    expect(jobs.start('b.docx', bytes).duplicates).toEqual([expect.objectContaining({ id: saved.briefing.id })]);
  });

  it('name a file imported before, untitled, by its file name without the extension', async () => {
    const { db, jobs } = setup();
    const bytes = new TextEncoder().encode('第一段文字。\n\n第二段文字。');
    const job = await settle(jobs, jobs.start('讲话稿.txt', bytes).id);
    const saved = jobs.commit(job.id, { ...job.draft!, title: null });
    expect(db.prepare('SELECT title FROM briefings WHERE id = ?').pluck().get(saved.briefing.id)).toBeNull();
    expect(jobs.start('again.txt', bytes).duplicates).toEqual([expect.objectContaining({ id: saved.briefing.id, title: '讲话稿' })]);
  });

  it('forget a cancelled file', async () => {
    const { jobs } = setup();
    const job = jobs.start('a.docx', readFileSync(join(fixtures, 'sample-briefing.docx')));
    expect(jobs.cancel(job.id)).toBe(true);
    expect(() => jobs.get(job.id)).toThrow();
    expect(jobs.cancel(job.id)).toBe(false);
  });
});
