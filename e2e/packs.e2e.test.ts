import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@contract/contract.ts';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';
import { startServe, type RunningHost } from './support/host.ts';

/** Library A, the organizer's: the sample. */
const app = useApp();
/** Library B, a trainee's: empty. */
let trainee: RunningHost;
let packFile: string;

beforeAll(async () => {
  trainee = await startServe({ args: ['--no-sample'] });
});

afterAll(async () => {
  await trainee?.stop();
});

/** The sample's name in the library, which the pack carries as its title. */
const TITLE = '产业工人队伍建设改革推进会交流发言';
const organizerNotes = ['请结合本单位实际重点研读', '会前通读全文，准备交流发言'];

const stored = (page: Page): Promise<Annotation[]> => page.evaluate(async () => (await window.briefing!.listAnnotations({})).annotations);

async function openPackDialog(page: Page) {
  const title = await page.getByRole('main').getByRole('heading', { level: 2 }).first().innerText();
  await page.getByRole('button', { name: `导出《${title}》的资料包` }).click();
  const dialog = page.getByRole('dialog', { name: '导出资料包' });
  await dialog.waitFor();
  return dialog;
}

async function openTraineeLibrary(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await app.open(colorScheme);
  await page.goto(trainee.url);
  await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  return page;
}

async function importPack(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入简报' }).click();
  await (await chooser).setFiles(packFile);
}

describe('briefing packs in the browser host', () => {
  it('exports a pack of a briefing with my annotations, from the library', async () => {
    const page = await app.open();
    await page.evaluate(async (notes) => {
      const api = window.briefing!;
      const [first, second] = (await api.listDocuments({})).documents;
      const doc = await api.getDocument({ id: first!.id });
      const paragraph = doc.blocks.find((b) => b.kind === 'paragraph')!;
      const range = { start: { blockId: paragraph.id, offset: 0 }, end: { blockId: paragraph.id, offset: 10 } };
      await api.createAnnotation({ documentId: first!.id, kind: 'highlight', color: 'green', range, note: notes[0] });
      await api.createAnnotation({ documentId: second!.id, kind: 'note', note: notes[1] });
    }, organizerNotes);

    const dialog = await openPackDialog(page);
    const withNotes = dialog.getByRole('checkbox', { name: '包含我的批注（作为组织者批注）' });
    expect(await withNotes.isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'pack-export-zh-light');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.briefing`);
    packFile = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-pack-')), download.suggestedFilename());
    await download.saveAs(packFile);
    await dialog.getByRole('status').filter({ hasText: '已生成资料包' }).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('shows the export dialog in the dark theme', async () => {
    const page = await app.open('dark');
    await openPackDialog(page);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'pack-export-zh-dark');
  });

  it('imports the pack into a fresh library through the import review, organizer notes labelled in the reader', async () => {
    const page = await openTraineeLibrary('light');
    await importPack(page);
    // Already structured: the review has nothing to repair, and saves as it is.
    const save = page.getByRole('button', { name: '导入', exact: true });
    await save.waitFor();
    await snapshot(page, 'pack-import-review-zh-light');
    await save.click();
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);
    await page.getByRole('status').filter({ hasText: `已导入《${TITLE}》，共 5 篇。` }).waitFor();
    const notes = await stored(page);
    expect(notes.map((a) => [a.origin, a.note])).toEqual(organizerNotes.map((note) => ['organizer', note]));
    expect(notes[0]).toMatchObject({ kind: 'highlight', color: 'green', status: 'anchored' });

    await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).first().click();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '批注', exact: true }).click();
    const sidebar = page.getByRole('region', { name: /^批注/ });
    const item = sidebar.getByRole('listitem').filter({ hasText: organizerNotes[0]! });
    await item.getByText('组织者批注').waitFor();
    // In the text, the organizer's passage has its own dashed mark, explained above the text, never one of the reader's colours.
    await expect
      .poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('annotation-') && CSS.highlights.get(k)!.size > 0)))
      .toEqual(['annotation-organizer']);
    await page.getByRole('article').getByText('文中虚线标出的是组织者的批注').waitFor();
    await snapshot(page, 'organizer-mark-zh-light');
    await item.getByRole('button').first().click();
    const note = sidebar.getByRole('textbox', { name: '组织者批注' });
    expect(await note.getAttribute('readonly')).not.toBeNull();
    expect(await note.inputValue()).toBe(organizerNotes[0]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snapshot(page, 'pack-organizer-note-zh-light');
  });

  it('recognizes the same pack imported again, and replacing the briefing brings no second copy of the notes', async () => {
    const page = await openTraineeLibrary('light');
    await importPack(page);
    await page.getByRole('heading', { name: '这个文件已经导入过' }).waitFor();
    await page.getByRole('radio', { name: /^替换《/ }).check();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);
    expect(await page.evaluate(async () => (await window.briefing!.listBriefings({})).briefings.length)).toBe(1);
    expect((await stored(page)).map((a) => a.note)).toEqual(organizerNotes);
  });

  it('shows the reader with an organizer note in the dark theme', async () => {
    const page = await openTraineeLibrary('dark');
    await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).first().click();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '批注', exact: true }).click();
    await page.getByRole('region', { name: /^批注/ }).getByText('组织者批注').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await snapshot(page, 'pack-organizer-note-zh-dark');
  });
});
