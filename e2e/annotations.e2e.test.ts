import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationFilter } from '@contract/contract.ts';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';
import { projectRoot } from './support/host.ts';

const TITLE = '凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深';
/** ¶1 and ¶2 of the speech by 马巍安 in the built-in sample. */
const P1 = '近年来，在党工委管委会的坚强领导下';
const P2 = '成立以党工委领导为组长';

const app = useApp();
let page: Page;
const openApp = (colorScheme?: 'light' | 'dark') => app.open(colorScheme);

const article = () => page.getByRole('article');
const sidebar = () => page.getByRole('region', { name: /^批注/ });
const toolbar = () => page.getByRole('toolbar', { name: '选中文字' });

async function openSpeech(): Promise<void> {
  await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).click();
  await article().getByRole('heading', { level: 1 }).waitFor();
}

const stored = (filter: AnnotationFilter = {}): Promise<Annotation[]> =>
  page.evaluate(async (f) => (await window.briefing!.listAnnotations(f)).annotations, filter);

/** The middle of the character at `offset` in the paragraph starting with `prefix`, on screen. */
async function charPoint(prefix: string, offset: number, edge: 'left' | 'right'): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([p, o, e]) => {
      const el = [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith(p as string))!;
      el.scrollIntoView({ block: 'nearest' });
      const range = document.createRange();
      range.setStart(el.firstChild!, o as number);
      range.setEnd(el.firstChild!, (o as number) + 1);
      const r = range.getClientRects()[0]!;
      return { x: e === 'left' ? r.left + 1 : r.right - 1, y: r.top + r.height / 2 };
    },
    [prefix, offset, edge],
  );
}

/** Drags the mouse from before character `from` of one paragraph to after character `to - 1` of another. */
async function drag(fromPara: string, from: number, toPara: string, to: number): Promise<void> {
  const a = await charPoint(fromPara, from, 'left');
  const b = await charPoint(toPara, to - 1, 'right');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
  await toolbar().waitFor();
}

const highlightSizes = () =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights.keys()].filter((k) => k.startsWith('annotation-')).map((k) => [k, CSS.highlights.get(k)!.size])));

describe('annotations in the reader', () => {
  it('highlights a passage selected with the mouse, from a toolbar beside it', async () => {
    page = await openApp();
    await openSpeech();
    await drag(P1, 0, P1, 14);
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('近年来，在党工委管委会的坚强');
    const bar = toolbar();
    const barBox = (await bar.boundingBox())!;
    const first = await charPoint(P1, 0, 'left');
    expect(Math.abs(barBox.y + barBox.height - first.y)).toBeLessThan(60);
    expect(await bar.getByRole('button', { name: '黄色高亮' }).getAttribute('aria-keyshortcuts')).toBe('1');
    expect(await bar.getByRole('button', { name: '写笔记' }).getAttribute('title')).toBe('写笔记（N）');
    await snapshot(page, 'annotation-toolbar-zh-light');

    await bar.getByRole('button', { name: '黄色高亮' }).click();
    await expect.poll(() => stored().then((a) => a.length)).toBe(1);
    const [a] = await stored();
    expect(a).toMatchObject({ kind: 'highlight', style: 'highlight', color: 'yellow', paragraph: 1, quote: { exact: '近年来，在党工委管委会的坚强' } });
    expect(a!.range!.start.offset).toBe(0);
    expect(a!.range!.end.offset).toBe(14);
    expect(await bar.count()).toBe(0);
    await expect.poll(highlightSizes).toMatchObject({ 'annotation-highlight-yellow': 1 });
  });

  it('selects with Shift+arrows from the keyboard, and an overlapping highlight paints over the first', async () => {
    // A click leaves the caret between 管委 and 会; Shift+Right ×6 takes 会的坚强领导.
    const caret = await charPoint(P1, 10, 'left');
    await page.mouse.click(caret.x, caret.y);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    await toolbar().waitFor();
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('会的坚强领导');
    await page.keyboard.press('2');
    await expect.poll(() => stored().then((a) => a.length)).toBe(2);
    const green = (await stored()).find((a) => a.color === 'green')!;
    expect(green.range).toEqual({ start: { blockId: green.range!.start.blockId, offset: 10 }, end: { blockId: green.range!.start.blockId, offset: 16 } });
    await expect.poll(highlightSizes).toMatchObject({ 'annotation-highlight-yellow': 1, 'annotation-highlight-green': 1 });
    // The overlap (会的坚强) lies under both highlights.
    const overlap = await page.evaluate(() => {
      const [y] = [...CSS.highlights.get('annotation-highlight-yellow')!] as Range[];
      const [g] = [...CSS.highlights.get('annotation-highlight-green')!] as Range[];
      return y!.startContainer === g!.startContainer ? y!.startContainer.textContent!.slice(Math.max(y!.startOffset, g!.startOffset), Math.min(y!.endOffset, g!.endOffset)) : '';
    });
    expect(overlap).toBe('会的坚强');
  });

  it('starts a keyboard selection at the paragraph being read when nothing is selected', async () => {
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await page.getByRole('link', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await toolbar().waitFor();
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('近年');
    // Tab moves into the toolbar; arrows walk its buttons; Escape leaves it and drops the selection.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('黄色高亮');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('绿色高亮');
    await page.keyboard.press('Escape');
    expect(await toolbar().count()).toBe(0);
  });

  it('underlines a passage across two paragraphs', async () => {
    await drag(P1, 80, P2, 6);
    await page.keyboard.press('u');
    await expect.poll(() => stored().then((a) => a.length)).toBe(3);
    const underline = (await stored()).find((a) => a.style === 'underline')!;
    expect(underline.range!.start.blockId).not.toBe(underline.range!.end.blockId);
    expect(underline.range!.end.offset).toBe(6);
    expect(underline.quote!.exact).toMatch(/\n.*\n成立以党工委$/);
    await expect.poll(highlightSizes).toMatchObject({ 'annotation-underline-green': 1 });
  });

  it('adds a note of two lines to a new highlight, and a new tag', async () => {
    await drag(P2, 22, P2, 30);
    await toolbar().getByRole('button', { name: '写笔记' }).click();
    const panel = sidebar();
    const note = panel.getByRole('textbox', { name: '笔记' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('组织保障是关键');
    await page.keyboard.press('Enter');
    await page.keyboard.type('回去后对照检查');
    await panel.getByRole('button', { name: '保存笔记' }).click();
    await panel.getByRole('status').filter({ hasText: '笔记已保存' }).waitFor();

    await panel.getByRole('textbox', { name: '查找或新建标签' }).fill('组织建设');
    await panel.getByRole('button', { name: '新建标签“组织建设”' }).click();
    await expect.poll(() => panel.getByRole('checkbox', { name: '组织建设' }).isChecked()).toBe(true);
    const noted = (await stored()).find((a) => a.note)!;
    expect(noted.note).toBe('组织保障是关键\n回去后对照检查');
    expect(noted.tags.map((t) => t.name)).toEqual(['组织建设']);
    expect(noted.quote!.exact).toBe('各职能部门负责人');
  });

  it('keeps everything across a reload, drawn and listed in reading order', async () => {
    await page.reload();
    await article().getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(highlightSizes).toMatchObject({
      'annotation-highlight-yellow': 1,
      'annotation-highlight-green': 2,
      'annotation-underline-green': 1,
    });
    const items = sidebar().getByRole('listitem');
    await expect.poll(() => items.count()).toBe(4);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toContain('近年来，在党工委管委会的坚强');
    expect(texts[3]).toContain('回去后对照检查');
    expect(texts[3]).toContain('组织建设');
    expect(texts[3]).toContain('¶2');
  });

  it('opens an annotation by clicking its passage, and from the sidebar by keyboard with a jump', async () => {
    const inside = await charPoint(P2, 25, 'left');
    await page.mouse.click(inside.x + 3, inside.y);
    const open = sidebar().getByRole('button', { expanded: true });
    await expect.poll(() => open.innerText()).toContain('各职能部门负责人');
    expect(await page.evaluate(() => CSS.highlights.get('annotation-focus')?.size)).toBe(1);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const first = sidebar().getByRole('button', { name: /^高亮.*近年来/ });
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const top = await page.evaluate((p) => [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith(p))!.getBoundingClientRect().top, P1);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(860);
    expect(await page.evaluate(() => CSS.highlights.get('annotation-flash')?.size)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'annotations-zh-light');
  });

  it('copies a quote with its citation', async () => {
    await drag(P1, 0, P1, 10);
    await toolbar().getByRole('button', { name: '复制引文' }).click();
    const status = page.getByRole('status').filter({ hasText: '已复制引文' });
    await status.waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`“近年来，在党工委管委”（马巍安，西安高新区，《${TITLE}》，¶1）`);
  });

  it('searches the library for the selection', async () => {
    await drag(P2, 0, P2, 6);
    await page.keyboard.press('s');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/search?q=成立以党工委');
    await page.goBack();
    await article().getByRole('heading', { level: 1 }).waitFor();
  });

  it('deletes and undoes with Ctrl+Z; deletes to the bin and restores from there', async () => {
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    const target = sidebar().getByRole('button', { name: /会的坚强领导/ });
    await target.click();
    await sidebar().getByRole('button', { name: '删除' }).click();
    const toast = page.getByRole('status').filter({ hasText: '已删除' });
    await toast.waitFor();
    await expect.poll(() => stored().then((a) => a.length)).toBe(3);
    await page.locator('body').press('Control+z');
    await expect.poll(() => stored().then((a) => a.length)).toBe(4);
    expect(await toast.count()).toBe(0);
    await expect.poll(highlightSizes).toMatchObject({ 'annotation-highlight-green': 2 });

    await target.click();
    await sidebar().getByRole('button', { name: '删除' }).click();
    await toast.getByRole('button', { name: '撤销' }).waitFor();
    await sidebar().getByRole('link', { name: '回收站' }).click();
    const bin = page.getByRole('main');
    await bin.getByRole('heading', { name: '回收站', level: 1 }).waitFor();
    const entry = bin.getByRole('listitem').filter({ hasText: '会的坚强领导' });
    await entry.getByRole('button', { name: '恢复' }).click();
    await bin.getByRole('status').filter({ hasText: '已恢复' }).waitFor();
    expect(await stored({ deleted: true })).toEqual([]);
    await page.goBack();
    await expect.poll(() => sidebar().getByRole('button', { name: /会的坚强领导/ }).count()).toBe(1);
  });

  it('bookmarks the paragraph being read with B, in the margin and the sidebar', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: '跳到正文' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('b');
    await page.getByRole('status').filter({ hasText: '已为第 1 段加书签' }).waitFor();
    expect(await page.getByRole('button', { name: '书签', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await article().getByRole('img', { name: '已加书签' }).waitFor();
    await expect.poll(() => sidebar().getByRole('listitem').filter({ hasText: '书签' }).count()).toBe(1);
    expect((await stored({ kind: 'bookmark' }))[0]).toMatchObject({ paragraph: 1 });
  });

  it('filters the sidebar by colour and by tag', async () => {
    const items = sidebar().getByRole('listitem');
    await expect.poll(() => items.count()).toBe(5);
    await sidebar().getByRole('combobox', { name: '按颜色筛选' }).selectOption({ label: '绿色' });
    await expect.poll(() => items.count()).toBe(3);
    await sidebar().getByRole('combobox', { name: '按颜色筛选' }).selectOption({ label: '全部颜色' });
    await sidebar().getByRole('combobox', { name: '按标签筛选' }).selectOption({ label: '组织建设' });
    await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringContaining('各职能部门负责人')]);
    await sidebar().getByRole('combobox', { name: '按标签筛选' }).selectOption({ label: '全部标签' });
  });

  it('shows the reader with its annotations in the dark theme', async () => {
    page = await openApp('dark');
    await openSpeech();
    // The panel's state lives with the browser profile: a new one starts closed.
    expect(await sidebar().count()).toBe(0);
    await page.getByRole('button', { name: '批注', exact: true }).click();
    await sidebar().waitFor();
    await expect.poll(highlightSizes).toMatchObject({ 'annotation-highlight-green': 2 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'annotations-zh-dark');
  });
});

describe('all notes and the bin', () => {
  it('lists every annotation by document, filters and searches them, and opens one at its passage', async () => {
    page = await openApp();
    await page.getByRole('link', { name: '全部笔记' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: '全部笔记', level: 1 }).waitFor();
    await main.getByRole('status').filter({ hasText: '共 5 条' }).waitFor();
    expect(await main.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([expect.stringContaining(TITLE)]);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'notes-view-zh-light');

    await main.getByRole('searchbox', { name: '搜索引文和笔记' }).fill('对照检查');
    await main.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    await main.getByRole('searchbox', { name: '搜索引文和笔记' }).fill('');
    await main.getByRole('combobox', { name: '按颜色筛选' }).selectOption({ label: '黄色' });
    await main.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    await main.getByRole('combobox', { name: '按颜色筛选' }).selectOption({ label: '全部颜色' });
    await main.getByRole('combobox', { name: '按标签筛选' }).selectOption({ label: '组织建设' });
    await main.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();

    await main.getByRole('link', { name: /各职能部门负责人/ }).click();
    await article().getByRole('heading', { level: 1 }).waitFor();
    const open = sidebar().getByRole('button', { expanded: true });
    await expect.poll(() => open.innerText()).toContain('各职能部门负责人');
  });

  it('empties the bin only after confirming', async () => {
    await sidebar().getByRole('button', { name: '删除' }).click();
    await page.getByRole('status').filter({ hasText: '已删除' }).waitFor();
    await page.goto(`${app.host.origin}/#/bin`);
    const main = page.getByRole('main');
    await main.getByRole('listitem').filter({ hasText: '各职能部门负责人' }).waitFor();
    await main.getByRole('button', { name: '清空回收站' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('永久删除回收站中的 1 条批注？').waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await stored({ deleted: true })).toHaveLength(1);
    await main.getByRole('button', { name: '清空回收站' }).click();
    await confirm.getByRole('button', { name: '永久删除' }).click();
    await main.getByRole('status').filter({ hasText: '已永久删除 1 条批注' }).waitFor();
    expect(await stored({ deleted: true })).toEqual([]);
    expect(await stored()).toHaveLength(4);
  });

  it('creates, renames, recolours, merges and deletes tags in the tag manager', async () => {
    await page.getByRole('main').getByRole('link', { name: '全部笔记' }).click();
    await page.getByRole('main').getByRole('button', { name: '管理标签' }).click();
    const manager = page.getByRole('dialog', { name: '管理标签' });
    for (const name of ['学习体会', '心得']) {
      await manager.getByRole('textbox', { name: '标签名' }).fill(name);
      await manager.getByRole('button', { name: '添加标签' }).click();
      await manager.getByRole('textbox', { name: `“${name}”的名称` }).waitFor();
    }
    await manager.getByRole('textbox', { name: '“心得”的名称' }).fill('心得体会');
    await page.keyboard.press('Tab');
    await manager.getByRole('textbox', { name: '“心得体会”的名称' }).waitFor();
    await manager.getByLabel('“心得体会”的颜色').fill('#175cd3');
    await manager.getByRole('combobox', { name: '把“学习体会”合并到' }).selectOption({ label: '心得体会' });
    await manager.getByRole('button', { name: '合并' }).first().click();
    await expect.poll(() => manager.getByRole('textbox', { name: '“学习体会”的名称' }).count()).toBe(0);
    await manager.getByRole('button', { name: '删除标签“组织建设”' }).click();
    const confirm = page.getByRole('dialog', { name: /删除标签“组织建设”？/ });
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => manager.getByRole('textbox', { name: '“组织建设”的名称' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const tags = (await page.evaluate(() => window.briefing!.listTags({}))).tags;
    expect(tags.map((t) => [t.name, t.color])).toEqual([['心得体会', '#175cd3']]);
    await manager.getByRole('button', { name: '关闭' }).click();
    expect(await manager.count()).toBe(0);
  });
});

describe('after a re-import', () => {
  it('reports what moved and what lost its place, once, and re-attaches an orphan where the reader selects', async () => {
    // The revised file drops the words the first two highlights marked.
    const sample = join(projectRoot, 'build', 'sample', '产业工人队伍建设改革推进会交流发言.txt');
    const revised = join(mkdtempSync(join(tmpdir(), 'briefing-annotations-e2e-')), 'revised.txt');
    const text = readFileSync(sample, 'utf8');
    expect(text).toContain('近年来,在党工委管委会的坚强领导下,');
    writeFileSync(revised, text.replace('近年来,在党工委管委会的坚强领导下,', '近年来,'));
    const pack = (await page.evaluate(() => window.briefing!.listBriefings({}))).briefings[0]!.uri;
    const cli = spawnSync(process.execPath, [join(projectRoot, 'bin', 'briefing.mjs'), 'import', revised, '--replace', pack, '--db', app.host.dbPath], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);

    page = await openApp();
    const notice = page.getByRole('status').filter({ hasText: '重新导入后' });
    await notice.waitFor();
    await notice.getByRole('button', { name: '查看详情' }).click();
    const review = page.getByRole('dialog', { name: '重新导入后的批注' });
    const report = (await page.evaluate(() => window.briefing!.getReanchorReport({ briefingId: 1 })))!;
    expect(report.orphaned).toBeGreaterThanOrEqual(2);
    await review.getByText(`移动 ${report.moved} 条，未能定位 ${report.orphaned} 条`).waitFor();
    expect(await review.getByRole('row').count()).toBe(report.moved + 1);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'reanchor-review-zh-light');

    const orphanItems = review.getByRole('listitem');
    expect(await orphanItems.count()).toBe(report.orphaned);
    await orphanItems.filter({ hasText: '近年来，在党工委管委会的坚强' }).getByRole('button', { name: '去重新定位' }).click();
    await article().getByRole('heading', { level: 1 }).waitFor();
    const open = sidebar().getByRole('listitem').filter({ has: page.getByRole('button', { expanded: true }) });
    await expect.poll(() => open.innerText()).toContain('近年来，在党工委管委会的坚强');
    expect(await sidebar().getByRole('heading', { name: '未能定位' }).count()).toBe(1);

    await open.getByRole('button', { name: '重新定位' }).click();
    await sidebar().getByRole('status').filter({ hasText: '正在为这条批注重新定位' }).waitFor();
    await drag('近年来，在省市总工会', 0, '近年来，在省市总工会', 9);
    await toolbar().getByRole('button', { name: '附在此处' }).click();
    await page.getByRole('status').filter({ hasText: '已重新定位' }).waitFor();
    const reattached = (await stored()).find((a) => a.quote?.exact === '近年来，在省市总工')!;
    expect(reattached).toMatchObject({ status: 'anchored', color: 'yellow', paragraph: 1 });
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('annotation-highlight-yellow') ?? [])].map((r) => (r as Range).toString())))
      .toEqual(['近年来，在省市总工']);

    await page.getByRole('link', { name: /返回资料库/ }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    await page.getByRole('main').getByRole('list').first().waitFor();
    expect(await page.getByRole('status').filter({ hasText: '重新导入后' }).count()).toBe(0);
  });

  it('keeps a note on the document as a whole', async () => {
    await openSpeech();
    await sidebar().getByRole('button', { name: '写文档笔记' }).click();
    const field = sidebar().getByRole('textbox', { name: '文档笔记' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('全文要点：');
    await page.keyboard.press('Enter');
    await page.keyboard.type('三级联动');
    await sidebar().getByRole('button', { name: '保存笔记' }).click();
    await sidebar().getByRole('heading', { name: '文档笔记' }).waitFor();
    expect((await stored({ kind: 'note' })).map((a) => a.note)).toEqual(['全文要点：\n三级联动']);
    expect(await sidebar().getByRole('listitem').first().innerText()).toContain('三级联动');
  });
});
