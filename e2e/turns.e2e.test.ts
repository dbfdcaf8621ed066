import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';
import { statementsPage as statements } from './support/statements-page.ts';

// The format fixtures' interview page.
const interviewPage = readFileSync(join(import.meta.dirname, '..', 'electron', 'core', 'import', 'parse', 'fixtures', 'formats', 'page.txt'), 'utf8');

const app = useApp({ files: { 'statements.txt': statements, 'interview.txt': interviewPage } });
let page: Page;
const article = () => page.getByRole('article');

async function openDocument(title: string): Promise<void> {
  await page.getByRole('main').getByRole('list').getByRole('link', { name: title }).click();
  await article().getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Selects the first `length` characters of the paragraph starting with `prefix`, with the mouse. */
async function selectStart(prefix: string, length: number): Promise<void> {
  const [a, b] = await page.evaluate(
    ([p, n]) => {
      const el = [...document.querySelectorAll('article p.text')].find((x) => x.textContent!.startsWith(p as string))!;
      el.scrollIntoView({ block: 'center' });
      const rect = (o: number) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, o);
        range.setEnd(el.firstChild!, o + 1);
        return range.getClientRects()[0]!;
      };
      const first = rect(0);
      const last = rect((n as number) - 1);
      return [
        { x: first.left + 1, y: first.top + first.height / 2 },
        { x: last.right - 1, y: last.top + last.height / 2 },
      ];
    },
    [prefix, length],
  );
  await page.mouse.move(a!.x, a!.y);
  await page.mouse.down();
  await page.mouse.move(b!.x, b!.y, { steps: 6 });
  await page.mouse.up();
  await page.getByRole('toolbar', { name: '选中文字' }).waitFor();
}

beforeAll(async () => {
  page = await app.open();
});

describe('the reader shows who speaks', () => {
  it('labels each change of speaker and lists the participants under the title', async () => {
    await openDocument('养老与公路：来自基层的建议');
    const header = page.locator('article .doc-participants');
    expect(await header.innerText()).toMatch(/参与者：\s*温若岚（澄川市卫生健康委员会副主任）\s*卢定远（青岚县交通运输局局长）/u);
    expect(await page.locator('article .turn-label').allInnerTexts()).toEqual(['温若岚', '卢定远']);
    // The label sits above the first paragraph of the turn, not above its second.
    const labelled = await page.evaluate(() =>
      [...document.querySelectorAll('article .block')].map((b) => (b.querySelector('.turn-label') ? b.querySelector('.text')!.textContent!.slice(0, 4) : null)).filter(Boolean),
    );
    expect(labelled).toEqual(['养老服务', '乡村公路']);
    await snapshot(page, 'reader-turns-zh-light');
  });

  it('cites a quoted passage to the speaker of that passage', async () => {
    await selectStart('乡村公路修好以后', 8);
    await page.getByRole('toolbar', { name: '选中文字' }).getByRole('button', { name: '复制引文' }).click();
    await page.getByRole('status').filter({ hasText: '已复制引文' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('“乡村公路修好以后”（卢定远，《养老与公路：来自基层的建议》，¶3）');
  });

  it('shows an interview’s guests and leaves labels the page prints itself alone, light and dark', async () => {
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    await openDocument('小小菜篮子如何连起城乡');
    expect(await page.locator('article .doc-participants').innerText()).toMatch(/访谈嘉宾：\s*邹明川（云岭省商务厅副厅长）/u);
    expect(await page.locator('article .turn-label').count()).toBe(0);
    await selectStart('邹明川：比过去容易多了', 6);
    await page.getByRole('toolbar', { name: '选中文字' }).getByRole('button', { name: '复制引文' }).click();
    await page.getByRole('status').filter({ hasText: '已复制引文' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('“邹明川：比过”（邹明川，《小小菜篮子如何连起城乡》，¶2）');
    page = await app.open('dark');
    await openDocument('养老与公路：来自基层的建议');
    await snapshot(page, 'reader-turns-zh-dark');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'reader-turns-zh-dark-1024');
  });
});

describe('search and the library filter find who speaks in turns', () => {
  const speakers = () => page.getByRole('region', { name: '搜索资料库' }).getByRole('region', { name: /^讲话人、职务与单位/ });

  it('lists statements signed by a speaker with the speeches of that speaker, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      page = await app.open(scheme);
      await page.getByRole('button', { name: '搜索资料库' }).click();
      await page.getByRole('searchbox', { name: '搜索词' }).fill('卢定远');
      await speakers().getByRole('heading', { name: '讲话人、职务与单位：2 篇' }).waitFor();
      expect(await speakers().getByRole('link').allInnerTexts()).toEqual([expect.stringContaining('让每一条乡村公路都通到群众心里'), expect.stringContaining('养老与公路：来自基层的建议')]);
      await snapshot(page, `search-turn-speaker-zh-${scheme}`);
    }
  });

  it('filters the library by a turn speaker’s role', async () => {
    page = await app.open();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    await page.getByRole('searchbox').first().fill('卫生健康委员会');
    await page.getByRole('status').filter({ hasText: '篇' }).waitFor();
    expect(await page.getByRole('main').getByRole('list').getByRole('link').allInnerTexts()).toEqual([expect.stringContaining('把托育服务办到家门口'), expect.stringContaining('养老与公路：来自基层的建议')]);
  });
});
