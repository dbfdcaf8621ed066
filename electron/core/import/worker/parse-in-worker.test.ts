import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../parse/index.ts';
import { parseInWorker, ParseCancelled } from './parse-in-worker.ts';
import { sourceWorker } from './test-config.test-helper.ts';

const fixtures = join(import.meta.dirname, '..', 'parse', 'fixtures');
const hanging = { script: join(import.meta.dirname, 'hang.test-helper.mjs'), stallMs: 300 };
const counting = { script: join(import.meta.dirname, 'counting.test-helper.mjs'), stallMs: 300 };
const readBy = async (fileName: string): Promise<{ thread: string; served: number }> => {
  const { title } = await parseInWorker(counting, new Uint8Array([1]), fileName, { locale: 'zh-CN' });
  const [thread, served] = title!.split(':');
  return { thread: thread!, served: Number(served) };
};

describe('parseInWorker', () => {
  it('reads a PDF in a worker, reporting its pages as it goes', async () => {
    const progress: [number, number][] = [];
    const parsed = await parseInWorker(sourceWorker, readFileSync(join(fixtures, 'sample-briefing.pdf')), 'sample.pdf', {
      locale: 'zh-CN',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(parsed.documents).toHaveLength(5);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([1, 1]);
  });

  it('passes the importer’s refusal through with its reason', async () => {
    const err = await parseInWorker(sourceWorker, new Uint8Array(), 'empty.txt', { locale: 'zh-CN' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFailure);
    expect((err as ImportFailure).reason).toBe('empty');
  });

  it('undoes the repairs it is told to skip', async () => {
    const bytes = readFileSync(join(fixtures, 'sample-briefing.txt'));
    const first = await parseInWorker(sourceWorker, bytes, 'a.txt', { locale: 'zh-CN' });
    const reorder = first.documents[4]!.notices.find((n) => n.kind === 'sections-reordered')!;
    const undone = await parseInWorker(sourceWorker, bytes, 'a.txt', { locale: 'zh-CN', skip: [reorder.id] });
    expect(undone.documents.flatMap((d) => d.notices).some((n) => n.id === reorder.id)).toBe(false);
    expect(undone.documents.at(-1)!.blocks.map((b) => b.text)).not.toEqual(first.documents[4]!.blocks.map((b) => b.text));
  });

  // The stand-in never finishes, so only the stall timer can end this test before vitest's timeout.
  it('stops a parse that makes no progress and calls the file unreadable', async () => {
    const err = await parseInWorker(hanging, new Uint8Array([1]), 'x.pdf', { locale: 'zh-CN' }).catch((e: unknown) => e);
    expect((err as ImportFailure).reason).toBe('corrupt');
  });

  it('cancels at once when asked', async () => {
    const abort = new AbortController();
    const pending = parseInWorker({ ...hanging, stallMs: 60_000 }, new Uint8Array([1]), 'x.pdf', { locale: 'zh-CN', signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(ParseCancelled);
  });

  it('reads the next file with the worker that answered the last', async () => {
    const first = await readBy('a.txt');
    const second = await readBy('b.txt');
    expect(second).toEqual({ thread: first.thread, served: first.served + 1 });
  });

  it('stops a worker that stalled instead of reusing it', async () => {
    const before = await readBy('a.txt');
    const err = await readBy('stall.txt').catch((e: unknown) => e);
    expect((err as ImportFailure).reason).toBe('corrupt');
    const after = await readBy('b.txt');
    expect(after.thread).not.toBe(before.thread);
    expect(after.served).toBe(1);
  });
});
