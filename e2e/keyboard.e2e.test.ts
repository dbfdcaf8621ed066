import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';

/** A briefing of our own, one speech, for the walk. */
const BRIEFING = `职工技能提升交流材料

扎实推进职工技能提升行动

某市总工会

某市总工会副主席张明

今年以来，我们围绕职工技能提升开展了多项工作，组织技能竞赛三十余场，参赛职工一万余人次。

我们还建设职工学校两所，培训一线职工一千余人，职工队伍素质明显提高。
`;

const app = useApp();
let page: Page;

/** What the focused element is called: its label, else its text. */
const focusedName = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Presses Tab until the focused element's name matches; fails after `max` presses. */
async function tabTo(name: string | RegExp, max = 250): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName())) return;
  }
  throw new Error(`no ${String(name)} within ${max} presses of Tab; focus is on “${await focusedName()}”`);
}

const stored = () => page.evaluate(async () => (await window.briefing!.listAnnotations({})).annotations);

describe('the whole day with the keyboard only', () => {
  // Walking by Tab is many key presses; on a loaded machine it takes longer than a test usually may.
  it('imports, reads, highlights, notes, gathers into a session and exports, never touching the mouse', { timeout: 180_000 }, async () => {
    page = await app.open();
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-keyboard-')), '技能提升交流材料.txt');
    writeFileSync(file, BRIEFING);

    // Import: the picker opens from its button, the review saves from its own.
    await page.getByRole('main').getByRole('list').getByRole('link').first().waitFor();
    await tabTo('导入简报');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(file);
    await page.getByRole('heading', { name: '核对导入内容', level: 1 }).waitFor();
    await tabTo('导入');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);

    // Read: the speech opens from the library; the skip link lands in the text, with a ring to show it.
    await tabTo(/扎实推进职工技能提升行动/);
    await page.keyboard.press('Enter');
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('article:focus-visible'))).toBe(true);

    // Highlight from the middle of a paragraph: the first arrow puts a caret at the paragraph's start, the next move it,
    // Shift+arrows select from there.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.evaluate(() => document.getSelection()!.toString())).toBe('，我们围绕职工技');
    // The selection's toolbar follows the selection a moment later; Tab before it would go elsewhere.
    await page.getByRole('toolbar', { name: '选中文字' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).length).toBe(1);
    expect((await stored())[0]!.quote!.exact).toBe('，我们围绕职工技');
    // Focus is back in the text, and it shows.
    expect(await page.evaluate(() => document.activeElement?.matches('article:focus-visible'))).toBe(true);
    await snapshot(page, 'keyboard-after-highlight-zh-light');

    // Note: N on the same passage opens its note; Escape closes the editor, keeping what was typed.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('toolbar', { name: '选中文字' }).waitFor();
    await page.keyboard.press('n');
    const note = page.getByRole('textbox', { name: '笔记' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('以赛促学');
    await page.keyboard.press('Escape');
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(async () => (await stored())[0]!.note).toBe('以赛促学');
    expect(await focusedName()).toContain('以赛促学');
    expect(await stored()).toHaveLength(1);

    // F6 reaches the reader's bar from anywhere, without walking back.
    await page.keyboard.press('F6');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.reader-bar'))).toBe(true);

    // Session: from the note's own menu, a new session is named first.
    await page.keyboard.press('F6');
    await page.keyboard.press('F6');
    await tabTo(/以赛促学|，我们围绕职工技/);
    await page.keyboard.press('Enter');
    await tabTo(/^将“.*”加入学习记录$/);
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toBe('＋ 新建学习记录…');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: '新建学习记录' }).waitFor();
    await page.keyboard.type('技能提升专题');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '已加入“技能提升专题”' }).waitFor();

    // The session page opens with focus on its heading.
    await tabTo('学习记录');
    await page.keyboard.press('Enter');
    // Tabbing before the page has changed would find the session's name in the reader's notes.
    await page.getByRole('main').getByRole('heading', { name: '学习记录', level: 1 }).waitFor();
    await tabTo(/技能提升专题/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '技能提升专题', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // Export: Markdown from the dialog; Escape brings focus back to the button that opened it.
    await tabTo('导出');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '导出笔记' });
    await dialog.waitFor();
    // A radio group is one stop: Tab reaches the chosen format, the arrows choose another.
    const onFormat = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'export-format');
    for (let i = 0; i < 20 && !(await onFormat()); i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 6 && !(await dialog.getByRole('radio', { name: /Markdown/ }).isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: /Markdown/ }).isChecked()).toBe(true);
    const download = page.waitForEvent('download');
    await tabTo('导出');
    await page.keyboard.press('Enter');
    const markdown = readFileSync((await (await download).path())!, 'utf8');
    expect(markdown).toContain('以赛促学');
    expect(markdown).toContain('，我们围绕职工技');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('导出');
    await snapshot(page, 'keyboard-session-zh-light');
  });
});
