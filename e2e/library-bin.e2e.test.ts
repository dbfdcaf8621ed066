import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';

/** Our own small briefing, imported from two files (the second with a paragraph more): two briefings of one title. */
const HANDOUT = [
  '职工服务交流材料',
  '把服务送到职工身边',
  '测试县总工会',
  '测试县总工会主席王五',
  '我们坚持把服务职工作为工会工作的出发点和落脚点，深入车间班组倾听职工心声，建立问题清单，逐项推动解决。',
].join('\n\n');

const app = useApp({ files: { '服务材料.txt': HANDOUT, '服务材料（重发）.txt': `${HANDOUT}\n\n重发时补充了这一段。` } });
let page: Page;

const briefings = (deleted = false) =>
  page.evaluate(async (d) => (await window.briefing!.listBriefings({ deleted: d })).briefings.map((b) => b.title), deleted);
const toast = (text: string | RegExp) => page.locator('[data-toast-area]').getByRole('status').filter({ hasText: text });

describe('briefings in the library', () => {
  it('tells two briefings of the same title apart by their import date and file', async () => {
    page = await app.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    const twins = page.getByRole('region', { name: '职工服务交流材料' });
    await expect.poll(() => twins.count()).toBe(2);
    expect(await twins.nth(0).getByText(/导入 · 服务材料（重发）\.txt$/).count()).toBe(1);
    expect(await twins.nth(1).getByText(/导入 · 服务材料\.txt$/).count()).toBe(1);
    // A title of its own needs no such line.
    expect(await page.getByRole('main').getByText(/导入 · /).count()).toBe(2);
    await snapshot(page, 'library-twins-zh-light-1280');
  });

  it('renames a briefing', async () => {
    await page.getByRole('button', { name: '重命名《职工服务交流材料》' }).first().click();
    const field = page.getByRole('textbox', { name: '新标题' });
    expect(await field.inputValue()).toBe('职工服务交流材料');
    await field.fill('职工服务交流材料（修订）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '职工服务交流材料（修订）', level: 2 }).waitFor();
    await toast('已重命名为《职工服务交流材料（修订）》').waitFor();
    expect(await briefings()).toContain('职工服务交流材料（修订）');
    // Now that the titles differ, neither needs its import line.
    await expect.poll(() => page.getByRole('main').getByText(/导入 · /).count()).toBe(0);
  });

  it('deletes a briefing to the bin with its documents and notes, and undoes it from the toast', async () => {
    const doc = await page.evaluate(async () => {
      const { briefings } = await window.briefing!.listBriefings({});
      const b = briefings.find((x) => x.title === '职工服务交流材料（修订）')!;
      const { documents } = await window.briefing!.listDocuments({ briefingId: b.id });
      await window.briefing!.createAnnotation({ documentId: documents[0]!.id, kind: 'note', note: '服务要落到实处' });
      return documents[0]!.id;
    });
    await page.reload();
    await page.getByRole('button', { name: '删除《职工服务交流材料（修订）》（移入回收站）' }).click();
    const deleted = toast(/^已将《职工服务交流材料（修订）》及其 1 篇文件和全部批注移入回收站/);
    await deleted.waitFor();
    await expect.poll(() => page.getByRole('heading', { name: '职工服务交流材料（修订）' }).count()).toBe(0);
    expect(await briefings(true)).toEqual(['职工服务交流材料（修订）']);
    const notes = () => page.evaluate(async () => (await window.briefing!.listAnnotations({})).annotations.map((a) => a.note));
    expect(await notes()).toEqual([]);
    expect(await page.evaluate(async () => (await window.briefing!.searchLibrary({ query: '落脚点' })).total)).toBe(1);
    await snapshot(page, 'library-deleted-toast-zh-light-1280');

    await deleted.getByRole('button', { name: '撤销' }).click();
    await toast(/^已恢复《职工服务交流材料（修订）》，资料库现有 3 份简报/).waitFor();
    await page.getByRole('heading', { name: '职工服务交流材料（修订）', level: 2 }).waitFor();
    expect(await notes()).toEqual(['服务要落到实处']);
    expect(await page.evaluate(async (id) => (await window.briefing!.getDocument({ id })).title, doc)).toBe('把服务送到职工身边');
  });

  it('lists deleted briefings in the bin, restores one there, and emptying the bin deletes them for good', async () => {
    await page.getByRole('button', { name: '删除《职工服务交流材料（修订）》（移入回收站）' }).click();
    await toast(/移入回收站/).waitFor();
    await page.goto(`${app.host.origin}/#/bin`);
    const main = page.getByRole('main');
    const binned = main.getByRole('region', { name: '简报' }).getByRole('listitem');
    await binned.filter({ hasText: '《职工服务交流材料（修订）》' }).waitFor();
    expect(await binned.innerText()).toMatch(/1 篇 · 删除于/);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'bin-briefings-zh-light-1280');

    await binned.getByRole('button', { name: '恢复《职工服务交流材料（修订）》' }).click();
    await main.getByRole('status').filter({ hasText: '已恢复《职工服务交流材料（修订）》，资料库现有 3 份简报' }).waitFor();
    expect(await briefings(true)).toEqual([]);

    await page.goto(`${app.host.origin}/#/`);
    await page.getByRole('button', { name: '删除《职工服务交流材料（修订）》（移入回收站）' }).click();
    await toast(/移入回收站/).waitFor();
    await page.goto(`${app.host.origin}/#/bin`);
    await binned.first().waitFor();
    await main.getByRole('button', { name: '清空回收站' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('永久删除回收站中的 1 份简报（连同其文件和批注）和 0 条批注？').waitFor();
    await confirm.getByRole('button', { name: '永久删除' }).click();
    await main.getByRole('status').filter({ hasText: '已永久删除 1 份简报和 0 条批注。' }).waitFor();
    expect(await briefings(true)).toEqual([]);
    expect(await briefings()).toHaveLength(2);
  });

  it('shows the library with its briefing actions in the dark theme and at 1024 × 700', async () => {
    page = await app.open('dark');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: /^重命名《/ }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'library-actions-zh-dark-1280');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'library-actions-zh-dark-1024');
    page = await app.open('light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('button', { name: /^重命名《/ }).first().waitFor();
    await snapshot(page, 'library-actions-zh-light-1024');
  });
});
