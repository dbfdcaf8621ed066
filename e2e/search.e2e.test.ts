import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';

/** Beside the sample, a log whose word 巡查 occurs in more places than the search counts exactly. */
const LOG_ENTRIES = 1_100;
const log = ['巡查记录汇编', '测试区', '测试区主任李四', ...Array.from({ length: LOG_ENTRIES }, (_, i) => `第${i + 1}次巡查：设施完好，记录在案。`)].join('\n\n');

const app = useApp({ files: { 'log.txt': log } });
let page: Page;
const openApp = (colorScheme?: 'light' | 'dark') => app.open(colorScheme);

/**
 * What a search must find, counted independently of the engine: every title and block of
 * every document whose text holds all the terms (Latin case and full-width forms folded).
 */
function expectedHits(terms: string[]): Promise<{ total: number; documents: number }> {
  return page.evaluate(async (ts) => {
    const fold = (s: string) => s.normalize('NFKC').toLowerCase();
    const { documents } = await window.briefing!.listDocuments({});
    let total = 0;
    const found = new Set<number>();
    for (const d of documents) {
      const doc = await window.briefing!.getDocument({ id: d.id });
      for (const text of [doc.title, ...doc.blocks.map((b) => b.text)]) {
        if (ts.every((t) => fold(text).includes(fold(t)))) {
          total++;
          found.add(d.id);
        }
      }
    }
    return { total, documents: found.size };
  }, terms);
}

const view = () => page.getByRole('region', { name: '搜索资料库' });
const box = () => page.getByRole('searchbox', { name: '搜索词' });
const status = () => view().getByRole('status');
/** The text's hits; speakers' captions that match are listed apart, above them. */
const results = () => view().locator('.results');
const groups = () => results().getByRole('region');
const hits = () => results().getByRole('listitem').getByRole('link');
const captions = () => view().getByRole('region', { name: /^讲话人、职务与单位/ });
const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

async function searchFor(query: string, total: string): Promise<void> {
  await box().fill(query);
  await expect.poll(() => status().innerText()).toBe(total);
}

/** Each group's heading, its "N 处" and the hits listed under it. */
async function groupCounts(): Promise<{ title: string; count: string; hits: number }[]> {
  const all = await groups().all();
  return Promise.all(
    all.map(async (g) => ({
      title: await g.getByRole('heading', { level: 2 }).innerText(),
      count: await g.getByText(/^\d+ 处$/).innerText(),
      hits: await g.getByRole('link').count(),
    })),
  );
}

const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });

describe('library search on the built-in sample', () => {
  it('opens with Ctrl+K and finds 产改 in several documents, grouped, with counts and marked matches', async () => {
    page = await openApp();
    await page.keyboard.press('Control+k');
    await box().waitFor();
    expect(await box().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('#/search');
    expect(await view().getByText('搜索全部简报的标题和正文').isVisible()).toBe(true);

    const expected = await expectedHits(['产改']);
    expect(expected.documents).toBeGreaterThan(1);
    await searchFor('产改', `共 ${expected.total} 处`);
    const counts = await groupCounts();
    expect(counts).toHaveLength(expected.documents);
    for (const g of counts) expect(g.count).toBe(`${g.hits} 处`);
    expect(counts.reduce((n, g) => n + g.hits, 0)).toBe(expected.total);

    expect(new Set(await view().locator('mark').allInnerTexts())).toEqual(new Set(['产改']));
    const kinds = (await hits().allTextContents()).map((text) => /^\s*(标题|小标题|正文)/.exec(text)?.[1]);
    expect(kinds).toContain('标题');
    expect(kinds).toContain('正文');
    expect(kinds).not.toContain(undefined);
    // Paragraph hits say their ¶; the numbers arrive once each document's blocks are read.
    await expect.poll(() => hits().filter({ hasText: /^\s*正文\s*¶\d+/ }).count()).toBe(kinds.filter((k) => k === '正文').length);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/search?q=产改');

    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'search-zh-light');
  });

  it('finds every title and block containing 工, paging with “load more”', async () => {
    const expected = await expectedHits(['工']);
    expect(expected.total).toBeGreaterThan(50);
    await searchFor('工', `共 ${expected.total} 处`);
    expect(await hits().count()).toBe(50);
    expect(await view().getByText('已显示 50 处').isVisible()).toBe(true);

    await view().getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => hits().count()).toBe(expected.total);
    expect(await view().getByRole('button', { name: '加载更多' }).count()).toBe(0);
    // Focus moves on to the first hit that came in.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit'))).toBe('50');
    // A document running on from the first page to the second stays one group.
    const titles = (await groupCounts()).map((g) => g.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const g of await groupCounts()) expect(g.count).toBe(`${g.hits} 处`);
  });

  it('counts up to 1,000 hits exactly and says “1,000+” beyond, paging on all the same', async () => {
    await searchFor('巡查', '1,000+ 处');
    expect(await hits().count()).toBe(50);
    expect(await groups().getByText(`${(LOG_ENTRIES + 1).toLocaleString('en')} 处`).count()).toBe(1);
    await view().getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => hits().count()).toBe(100);
    expect(await view().getByText('已显示 100 处').isVisible()).toBe(true);
    expect(await groups().count()).toBe(1);
  });

  it.each([
    ['匠', ['匠']],
    ['工会主席', ['工会主席']],
    ['产改', ['产改']],
    ['2023年', ['2023年']],
    ['GDP', ['GDP']],
    ['gdp', ['GDP']],
    ['“四个突出”', ['“四个突出”']],
    ['职工 技能', ['职工', '技能']],
  ])('finds %s in every place it occurs, and marks it', async (query, terms) => {
    const expected = await expectedHits(terms);
    // 工会主席 stands only in the speakers' captions, which the importer moves out of the text: they are listed apart.
    if (expected.total === 0) {
      await searchFor(query, '正文中没有，讲话人、职务与单位中有 3 篇。');
      expect(await hits().count()).toBe(0);
      return;
    }
    await searchFor(query, `共 ${expected.total} 处`);
    expect(await hits().count()).toBe(expected.total);
    const marked = new Set((await view().locator('mark').allInnerTexts()).map((m) => m.toLowerCase()));
    for (const term of terms) expect(marked).toContain(term.toLowerCase());
  });

  it('shows only the newest query’s results, however late an older one answers', async () => {
    await page.route('**/api/searchLibrary', async (route) => {
      const { query } = route.request().postDataJSON() as { query: string };
      if (query === '职工') await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const both = await expectedHits(['职工', '技能']);
    const isOlder = (r: { url(): string; postDataJSON(): unknown }) => r.url().endsWith('/api/searchLibrary') && (r.postDataJSON() as { query: string }).query === '职工';
    const sent = page.waitForRequest(isOlder);
    const answered = page.waitForResponse((r) => isOlder(r.request()));
    await box().fill('');
    await box().pressSequentially('职工');
    await sent;
    await box().pressSequentially(' 技能');
    await expect.poll(() => status().innerText()).toBe(`共 ${both.total} 处`);
    await answered;
    await page.waitForTimeout(200);
    expect(await status().innerText()).toBe(`共 ${both.total} 处`);
    expect(await hits().count()).toBe(both.total);
    await page.unroute('**/api/searchLibrary');
  });

  it('narrows the results by unit and by speaker', async () => {
    const all = await expectedHits(['产改']);
    await searchFor('产改', `共 ${all.total} 处`);
    const [first] = await groupCounts();
    const doc = await page.evaluate(async (title) => (await window.briefing!.listDocuments({})).documents.find((d) => d.title === title)!, first!.title);

    await view().getByRole('combobox', { name: '单位' }).selectOption({ label: doc.unit! });
    await expect.poll(() => status().innerText()).toBe(`共 ${first!.hits} 处`);
    expect((await groupCounts()).map((g) => g.title)).toEqual([doc.title]);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('unit'))).toBe(doc.unit);

    await view().getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => status().innerText()).toBe(`共 ${all.total} 处`);
    await view().getByRole('combobox', { name: '发言人' }).selectOption({ label: doc.speaker!.name });
    await expect.poll(() => status().innerText()).toBe(`共 ${first!.hits} 处`);
    expect((await groupCounts()).map((g) => g.title)).toEqual([doc.title]);

    // A unit the speaker's documents do not share finds nothing, and says so.
    const other = (await view().getByRole('combobox', { name: '单位' }).locator('option').allInnerTexts()).find((u) => u !== doc.unit && u !== '全部单位')!;
    await view().getByRole('combobox', { name: '单位' }).selectOption({ label: other });
    await expect.poll(() => status().innerText()).toBe('在所选范围内没有找到“产改”。');
    expect(await hits().count()).toBe(0);
    await view().getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => status().innerText()).toBe(`共 ${all.total} 处`);
  });

  it('keeps to annotated documents when asked', async () => {
    const all = await expectedHits(['产改']);
    await searchFor('产改', `共 ${all.total} 处`);
    const annotated = view().getByRole('checkbox', { name: '只看有批注的文件' });
    await annotated.check();
    await expect.poll(() => status().innerText()).toBe('在所选范围内没有找到“产改”。');
    expect(await groups().count()).toBe(0);

    const title = await page.evaluate(async () => {
      const api = window.briefing!;
      const { documents } = await api.listDocuments({});
      for (const summary of documents) {
        const doc = await api.getDocument({ id: summary.id });
        const block = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('产改'));
        if (!block) continue;
        await api.createAnnotation({ documentId: doc.id, kind: 'highlight', range: { start: { blockId: block.id, offset: 0 }, end: { blockId: block.id, offset: 4 } } });
        return doc.title;
      }
      return null;
    });
    await annotated.uncheck();
    await expect.poll(() => status().innerText()).toBe(`共 ${all.total} 处`);
    await annotated.check();
    await expect.poll(async () => (await groupCounts()).map((g) => g.title)).toEqual([title]);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('annotated'))).toBe('1');
    await view().getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => status().innerText()).toBe(`共 ${all.total} 处`);
  });

  it('moves through the hits with the arrow keys, opens one with Enter and lands on the passage', async () => {
    await box().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit'))).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hit'))).toBe('1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await box().evaluate((el) => el === document.activeElement)).toBe(true);

    // The paragraph hit deepest in its document, far below the top of the page.
    const numbers = (await hits().allTextContents()).map((text) => Number(/^\s*正文\s*¶(\d+)/.exec(text)?.[1] ?? 0));
    const deepest = numbers.indexOf(Math.max(...numbers));
    for (let i = 0; i <= deepest; i++) await page.keyboard.press('ArrowDown');
    const chosen = await focused();
    const paragraph = numbers[deepest]!;
    expect(paragraph).toBeGreaterThan(5);
    await page.keyboard.press('Enter');

    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    const hash = await page.evaluate(() => location.hash);
    const [, docId, blockId, start, end] = /^#\/doc\/(\d+)\?block=(\d+)&at=(\d+)-(\d+)$/.exec(hash)!.map(Number);
    const block = await page.evaluate(
      async ({ d, b }) => {
        const doc = await window.briefing!.getDocument({ id: d });
        const index = doc.blocks.findIndex((x) => x.id === b);
        return { text: doc.blocks[index]!.text, paragraph: doc.blocks.slice(0, index + 1).filter((x) => x.kind === 'paragraph').length };
      },
      { d: docId!, b: blockId! },
    );
    expect(block.text.slice(start, end)).toBe('产改');
    expect(block.paragraph).toBe(paragraph);

    const target = page.getByRole('article').getByRole('paragraph').filter({ hasText: block.text });
    await expect.poll(() => inViewport(target)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const mark = await page.evaluate(() => {
      const range = [...CSS.highlights.get('search-passage')!][0] as Range;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), top: rect.top, bottom: rect.bottom };
    });
    expect(mark.text).toBe('产改');
    expect(mark.top).toBeGreaterThan(0);
    expect(mark.bottom).toBeLessThan(860);
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await snapshot(page, 'search-landing-zh-light');
    // The reading position follows the passage landed on.
    await expect
      .poll(() => page.evaluate(async (d) => (await window.briefing!.getDocument({ id: d })).readingPosition?.paragraph, docId!), { timeout: 5_000 })
      .toBe(paragraph);

    // Back: the results as they were, with focus on the hit opened.
    await page.goBack();
    await box().waitFor();
    await expect.poll(focused).toBe(chosen);
    expect(await page.evaluate(() => CSS.highlights.has('search-passage'))).toBe(false);

    // Escape: back to the library the search was opened from, focus on the search button.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('搜索资料库'))).toBe(true);

    // Ctrl+K brings the last search back, its text selected to type over.
    await page.keyboard.press('Control+k');
    await expect.poll(() => box().inputValue()).toBe('产改');
    expect(await box().evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(2);
  });

  it('lands on a title hit at the top of its document; from there Ctrl+K and Escape come back to it', async () => {
    await hits().filter({ hasText: /^\s*标题/ }).first().click();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => /^#\/doc\/\d+\?at=\d+-\d+$/.test(location.hash))).toBe(true);
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('search-passage') ?? [])].map(String))).toEqual(['产改']);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.keyboard.press('Control+k');
    await box().waitFor();
    await expect.poll(() => box().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goBack();
    await box().waitFor();
  });

  it('is in English when the interface is', async () => {
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    const english = page.getByRole('region', { name: 'Search the library' });
    await english.getByRole('heading', { name: 'Search the library', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Search the library' }).getAttribute('aria-keyshortcuts')).toBe('Control+K');
    const all = await expectedHits(['产改']);
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('产改');
    await expect.poll(() => english.getByRole('status').innerText()).toBe(`${all.total} matches`);
    expect(await english.getByRole('combobox', { name: 'Unit' }).locator('option').first().innerText()).toBe('All units');
    expect(await english.getByRole('combobox', { name: 'Speaker' }).locator('option').first().innerText()).toBe('All speakers');
    expect(await english.getByRole('listitem').getByRole('link').filter({ hasText: /^\s*Text\s*¶\d+/ }).count()).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('没有这样的词');
    await expect.poll(() => english.getByRole('status').innerText()).toBe('Nothing found for “没有这样的词”.');
    await page.getByRole('searchbox', { name: 'Search terms' }).fill('巡查');
    await expect.poll(() => english.getByRole('status').innerText()).toBe('1,000+ matches');
    await english.getByRole('button', { name: 'Load more' }).waitFor();
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
    await view().waitFor();
  });

  it('finds speakers by name, role and unit, apart from the text’s hits', async () => {
    page = await openApp();
    await page.getByRole('button', { name: '搜索资料库' }).click();
    await box().fill('工会主席');
    await captions().getByRole('heading', { name: '讲话人、职务与单位：3 篇' }).waitFor();
    expect(await captions().getByRole('link').allInnerTexts()).toEqual([
      expect.stringContaining('孙长虹'),
      expect.stringContaining('苏青'),
      expect.stringContaining('向小敏'),
    ]);
    expect(await captions().locator('mark').first().innerText()).toBe('工会主席');
    await snapshot(page, 'search-captions-zh-light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'search-captions-zh-light-1024');
    await captions().getByRole('link').filter({ hasText: '苏青' }).click();
    await page.getByRole('article').getByText('苏青').first().waitFor();
  });

  it('reads well in the dark theme', async () => {
    page = await openApp('dark');
    await page.getByRole('button', { name: '搜索资料库' }).click();
    await searchFor('职工 技能', `共 ${(await expectedHits(['职工', '技能'])).total} 处`);
    await expect.poll(() => hits().filter({ hasText: /^\s*正文\s*¶\d+/ }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'search-zh-dark');
    await searchFor('马巍安', '正文中没有，讲话人、职务与单位中有 1 篇。');
    await snapshot(page, 'search-captions-zh-dark');
  });
});
