import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Session } from '@contract/contract.ts';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';
import { exportAs } from './support/export.ts';

const app = useApp();
let page: Page;

/** Two highlights on the first speech, made through the API: ¶1 (first) and ¶2. */
async function annotate(): Promise<void> {
  await page.evaluate(async () => {
    const api = window.briefing!;
    const { documents } = await api.listDocuments({});
    const doc = await api.getDocument({ id: documents[0]!.id });
    const [p1, p2] = doc.blocks.filter((b) => b.kind === 'paragraph');
    for (const [block, note] of [
      [p1!, '第一条体会'],
      [p2!, '第二条体会'],
    ] as const) {
      await api.createAnnotation({
        documentId: doc.id,
        kind: 'highlight',
        color: 'yellow',
        range: { start: { blockId: block.id, offset: 0 }, end: { blockId: block.id, offset: 10 } },
        note,
      });
    }
  });
}

const stored = (): Promise<Session> =>
  page.evaluate(async () => {
    const { sessions } = await window.briefing!.listSessions({});
    return window.briefing!.getSession({ id: sessions[0]!.id });
  });

describe('study sessions in the browser host', () => {
  it('gathers notes into a session, orders them, keeps its cover and exports it', async () => {
    page = await app.open();
    await annotate();

    await page.getByRole('link', { name: '学习记录' }).click();
    // A new session is named first; it cannot be made without a title.
    await page.getByRole('button', { name: '新建学习记录' }).click();
    const naming = page.getByRole('dialog', { name: '新建学习记录' });
    expect(await naming.getByRole('button', { name: '创建' }).isDisabled()).toBe(true);
    await naming.getByRole('textbox', { name: '标题' }).fill('产改专题学习');
    await naming.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { name: '产改专题学习', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: '标题' }).inputValue()).toBe('产改专题学习');
    await page.getByRole('textbox', { name: '学员' }).fill('李晓红');
    await page.getByRole('textbox', { name: '心得体会' }).fill('一要学深悟透；\n二要落到实处。');
    await page.getByText('14 字').waitFor();
    await page.getByRole('textbox', { name: '标题' }).focus();
    await expect.poll(async () => (await stored()).reflection).toBe('一要学深悟透；\n二要落到实处。');

    await page.goto(`${app.host.origin}/#/notes`);
    for (const note of ['第一条体会', '第二条体会']) {
      const item = page.getByRole('listitem').filter({ hasText: note });
      await item.getByRole('button', { name: /加入学习记录/ }).click();
      await item.getByRole('button', { name: '产改专题学习' }).click();
    }
    await expect.poll(async () => (await stored()).items.length).toBe(2);

    await page.getByRole('link', { name: '学习记录' }).click();
    await page.getByRole('link', { name: /产改专题学习/ }).click();
    await page.getByRole('button', { name: /^下移：/ }).first().click();
    await expect
      .poll(async () => (await stored()).items.map((i) => (i.kind === 'annotation' ? i.annotation.note : '')))
      .toEqual(['第二条体会', '第一条体会']);

    await page.reload();
    expect(await page.getByRole('textbox', { name: '学员' }).inputValue()).toBe('李晓红');
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'session-zh-light');

    await page.getByRole('button', { name: '导出', exact: true }).click();
    const markdown = (await exportAs(page, /Markdown/)).toString('utf8');
    expect(markdown).toContain('产改专题学习');
    expect(markdown).toContain('李晓红');
    expect(markdown.indexOf('第二条体会')).toBeLessThan(markdown.indexOf('第一条体会'));
    expect(markdown).toContain('二要落到实处');

    // Word and PDF, read back the way a teacher's computer would: the text of both holds
    // the cover, every note in the trainee's order, the speaker, and the reflection.
    const expectations = (text: string) => {
      for (const part of ['产改专题学习', '李晓红', '第一条体会', '第二条体会', '马巍安', '二要落到实处']) expect(text).toContain(part);
      expect(text.indexOf('第二条体会')).toBeLessThan(text.indexOf('第一条体会'));
    };
    const { value: wordText } = await mammoth.extractRawText({ buffer: await exportAs(page, /Word/) });
    expectations(wordText);

    const dir = mkdtempSync(join(tmpdir(), 'briefing-session-pdf-'));
    const pdf = join(dir, 'session.pdf');
    writeFileSync(pdf, await exportAs(page, /^PDF$/));
    expectations(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is embedded (the "emb" column), so Chinese prints on any computer.
    for (const line of fonts) expect(line).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('adds a whole document from the reader’s toolbar', async () => {
    page = await app.open();
    await page.getByRole('main').getByRole('list').getByRole('link', { name: /神木市/ }).click();
    await page.getByRole('button', { name: /^将整篇《改革志在心/ }).click();
    await page.getByRole('button', { name: '产改专题学习' }).click();
    await page.getByText('已加入“产改专题学习”').waitFor();
    await snapshot(page, 'reader-add-to-session-zh-light');
    const items = (await stored()).items;
    expect(items.at(-1)).toMatchObject({ kind: 'document', document: { unit: '神木市' } });
  });

  it('adds a selected passage from the selection toolbar', async () => {
    page = await app.open();
    await page.getByRole('main').getByRole('list').getByRole('link', { name: /韩城市/ }).click();
    const before = (await stored()).items.length;
    await page.getByRole('article').getByRole('paragraph').nth(3).click({ clickCount: 3 });
    await page.getByRole('toolbar', { name: '选中文字' }).getByRole('button', { name: '加入学习记录' }).click();
    await page.getByRole('region', { name: /^批注/ }).getByRole('button', { name: '产改专题学习' }).click();
    await expect.poll(async () => (await stored()).items.length).toBe(before + 1);
    expect((await stored()).items.at(-1)).toMatchObject({ kind: 'annotation', annotation: { kind: 'highlight' } });
  });

  it('marks what the open session holds, and adds, tags and deletes several notes at once', async () => {
    page = await app.open();
    await page.evaluate(async () => {
      const api = window.briefing!;
      const doc = (await api.listDocuments({})).documents.find((d) => d.unit === '旬阳市')!;
      for (const note of ['批量甲', '批量乙']) await api.createAnnotation({ documentId: doc.id, kind: 'note', note });
      await api.createTag({ name: '批量', color: '#2b6cb0' });
    });
    await page.goto(`${app.host.origin}/#/notes`);
    await page.getByRole('combobox', { name: '当前学习记录' }).selectOption({ label: '产改专题学习' });
    const entry = (text: string) => page.getByRole('listitem').filter({ hasText: text });
    await entry('第一条体会').getByText('已在“产改专题学习”中').waitFor();
    expect(await entry('批量甲').getByText('已在“产改专题学习”中').count()).toBe(0);

    await page.getByRole('checkbox', { name: '选择：批量甲' }).check();
    await page.getByRole('checkbox', { name: '选择：批量乙' }).check();
    const bulk = page.getByRole('group', { name: '已选 2 条' });
    await bulk.getByRole('button', { name: '将选中的 2 条加入学习记录' }).click();
    await snapshot(page, 'notes-bulk-zh-light');
    await bulk.getByRole('button', { name: '产改专题学习' }).click();
    await entry('批量乙').getByText('已在“产改专题学习”中').waitFor();
    expect((await stored()).items.slice(-2).map((i) => (i.kind === 'annotation' ? i.annotation.note : ''))).toEqual(['批量甲', '批量乙']);

    await bulk.getByRole('combobox', { name: '为所选加标签' }).selectOption({ label: '批量' });
    await bulk.getByText('已为 2 条加上标签“批量”').waitFor();
    const notes = () => page.evaluate(async () => (await window.briefing!.listAnnotations({ query: '批量' })).annotations);
    expect((await notes()).map((a) => a.tags.map((t) => t.name))).toEqual([['批量'], ['批量']]);

    await bulk.getByRole('button', { name: '删除所选' }).click();
    await page.getByRole('status').filter({ hasText: '已将 2 条移入回收站' }).waitFor();
    await expect.poll(async () => (await notes()).length).toBe(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await notes()).length).toBe(2);
    await entry('批量甲').waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('checkbox', { name: '选择：批量甲' }).check();
    await snapshot(page, 'notes-bulk-zh-light-1024');
  });

  it('moves a whole speech with its notes, which the export follows, and removes an item with undo', async () => {
    page = await app.open();
    await page.getByRole('link', { name: '学习记录' }).click();
    await page.getByRole('link', { name: /产改专题学习/ }).click();
    const before = (await stored()).items;
    const whole = before.find((i) => i.kind === 'document')!;
    // The whole speech brings its notes into the export: give it one.
    await page.evaluate(async (id) => void (await window.briefing!.createAnnotation({ documentId: id, kind: 'note', note: '神木的体会' })), whole.kind === 'document' ? whole.document.id : 0);
    const title = whole.kind === 'document' ? whole.document.title : '';
    await page.getByRole('button', { name: `整篇上移：${title}` }).click();
    await expect.poll(async () => (await stored()).items[0]?.id).toBe(whole.id);
    await snapshot(page, 'session-speech-moved-zh-light');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const markdown = (await exportAs(page, /Markdown/)).toString('utf8');
    expect(markdown.match(/^## (.*)$/m)?.[1]).toBe(`一、${title}`);
    await page.keyboard.press('Escape');

    const order = (await stored()).items.map((i) => i.id);
    const second = page.locator('[data-item]').nth(1);
    await second.getByRole('button', { name: /^移出：/ }).click();
    const toast = page.getByRole('status').filter({ hasText: '已移出：' });
    await toast.waitFor();
    await expect.poll(async () => (await stored()).items.length).toBe(order.length - 1);
    await snapshot(page, 'session-removed-undo-zh-light');
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await stored()).items.length).toBe(order.length);
    const after = (await stored()).items.map((i) => i.id);
    expect(after.filter((_, i) => i !== 1)).toEqual(order.filter((_, i) => i !== 1));
    expect(after[1]).not.toBe(order[1]);
  });

  it('shows the session in the dark theme', async () => {
    page = await app.open('dark');
    await page.getByRole('link', { name: '学习记录' }).click();
    await page.getByRole('link', { name: /产改专题学习/ }).click();
    await page.getByRole('textbox', { name: '标题' }).waitFor();
    await snapshot(page, 'session-zh-dark');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'session-zh-dark-1024');
    await page.goto(`${app.host.origin}/#/notes`);
    await page.getByRole('checkbox', { name: '选择：批量甲' }).check();
    await snapshot(page, 'notes-bulk-zh-dark-1024');
  });
});
