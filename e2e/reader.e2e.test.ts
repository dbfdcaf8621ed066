import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';

const LONG_TITLE = '长篇讲话测试稿';
const FILL =
  '为深入学习领会党的二十届三中全会精神，认真贯彻落实关于产业工人队伍建设改革的重要指示精神，构建和完善省、市、县三级联动推进产改工作格局，进一步增强责任感使命感紧迫感。';
const CN = '一二三四五六七八九';
const cn = (n: number) => (n < 10 ? CN[n - 1]! : `${n >= 20 ? CN[Math.floor(n / 10) - 1] : ''}十${n % 10 ? CN[(n % 10) - 1] : ''}`);

/**
 * A speech of over 300,000 characters: numbered sections, three subsections each, and
 * paragraphs that say their own ¶ ("第12段"), so a test can read where the reader is.
 * Every 50th paragraph mentions BYD, for finding Latin text.
 */
function longSpeech(): { text: string; paragraphs: number; sections: number } {
  const lines = [LONG_TITLE, '测试市总工会', '测试市总工会主席张三'];
  let chars = 0;
  let p = 0;
  let s = 0;
  while (chars < 300_000) {
    s++;
    lines.push(`${cn(s)}、第${s}部分的标题`);
    for (let sub = 1; sub <= 3; sub++) {
      lines.push(`（${cn(sub)}）第${s}部分第${sub}小节`);
      for (let k = 0; k < 8; k++) {
        p++;
        const text = `第${p}段。${FILL}${p % 50 === 0 ? '比亚迪BYD工匠学院。' : ''}${FILL}`;
        lines.push(text);
        chars += text.length;
      }
    }
  }
  return { text: lines.join('\n\n'), paragraphs: p, sections: s };
}

const long = longSpeech();
const app = useApp({ files: { 'long.txt': long.text } });
let page: Page;
const openApp = (colorScheme?: 'light' | 'dark') => app.open(colorScheme);

async function openDocument(name: RegExp): Promise<void> {
  await page.getByRole('list').getByRole('link', { name }).click();
  await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
}

async function documentId(title: string): Promise<number> {
  return page.evaluate(async (t) => (await window.briefing!.listDocuments({})).documents.find((d) => d.title.startsWith(t))!.id, title);
}

const savedParagraph = (id: number) => page.evaluate(async (i) => (await window.briefing!.getDocument({ id: i })).readingPosition?.paragraph, id);

/** The paragraph the reader is at: the first one whose text shows below the toolbar. */
async function paragraphAtTop(): Promise<string> {
  const below = (await page.getByRole('group', { name: '阅读工具' }).boundingBox())!;
  return page
    .getByRole('article')
    .getByRole('paragraph')
    .evaluateAll((ps, top) => ps.find((p) => p.getBoundingClientRect().bottom > top)?.textContent ?? '', below.y + below.height + 30);
}

const paragraphNumber = (text: string) => Number(/^第(\d+)段/.exec(text)?.[1]);

/** Whether the top of an element lies within the window, below the reader's toolbar. */
async function nearTop(locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = (await locator.boundingBox())!;
  return box.y > 40 && box.y < 260;
}

const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the reader on the built-in sample and a 300,000-character speech', () => {
  it('sets Chinese body text in a serif face, indented 2em, with a line height near 1.8', async () => {
    page = await openApp();
    await openDocument(/西安高新区/);
    const style = await page
      .getByRole('article')
      .getByRole('paragraph')
      .filter({ hasText: '近年来' })
      .evaluate((p) => {
        const s = getComputedStyle(p);
        return { family: s.fontFamily, indent: parseFloat(s.textIndent), size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) };
      });
    expect(style.family).toMatch(/^"Source Han Serif SC".*"Noto Serif CJK SC".*"Songti SC".*SimSun.*serif$/);
    expect(style.indent).toBeCloseTo(2 * style.size, 1);
    expect(style.line / style.size).toBeCloseTo(1.8, 1);
    const kinds = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('18px "Noto Serif CJK SC"', '凝心聚力');
    });
    expect(kinds).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'reader-zh-light');
  });

  it('changes text size, line spacing, page width and theme, and remembers them across a reload', async () => {
    const article = page.getByRole('article');
    const metrics = () =>
      article.evaluate((a) => {
        const s = getComputedStyle(a);
        return { size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), width: a.getBoundingClientRect().width, theme: document.documentElement.dataset.theme };
      });
    const before = await metrics();
    expect(before).toMatchObject({ size: 18, theme: 'light' });

    await page.getByRole('button', { name: '阅读设置' }).click();
    const panel = page.getByRole('dialog', { name: '阅读设置' });
    const slider = panel.getByRole('slider', { name: '字号' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toBe('22 像素');
    await panel.getByRole('radio', { name: '宽松' }).check();
    await panel.getByRole('radio', { name: '宽', exact: true }).check();
    await panel.getByRole('radio', { name: '米黄' }).check();
    const after = await metrics();
    expect(after).toMatchObject({ size: 22, theme: 'sepia' });
    expect(after.line / after.size).toBeGreaterThan(before.line / before.size);
    expect(after.width).toBeGreaterThan(before.width);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 236, 216)');

    await page.reload();
    await article.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(metrics).toEqual(after);
    expect(await page.evaluate(() => window.briefing!.getSettings({}))).toMatchObject({
      fontSize: 22,
      lineSpacing: 'relaxed',
      pageWidth: 'wide',
      theme: 'sepia',
    });

    await page.getByRole('button', { name: '阅读设置' }).click();
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await panel.getByRole('radio', { name: '适中' }).first().check();
    await panel.getByRole('radio', { name: '适中' }).last().check();
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    await expect.poll(() => metrics().then((m) => m.size)).toBe(18);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'reader-zh-sepia');

    await page.getByRole('button', { name: '阅读设置' }).click();
    await panel.getByRole('radio', { name: '深色' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => metrics().then((m) => m.theme)).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'reader-zh-dark');

    await page.getByRole('button', { name: '阅读设置' }).click();
    await panel.getByRole('radio', { name: '跟随系统' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => metrics().then((m) => m.theme)).toBe('light');
  });

  it('lists the headings by level, jumps to one on click or Enter, and marks the section being read', async () => {
    const outline = page.getByRole('navigation', { name: '目录' });
    const entries = outline.getByRole('button');
    const headings = page.getByRole('article').getByRole('heading', { level: 2 });
    expect(await entries.first().innerText()).toMatch(/^一、/);
    expect(await entries.count()).toBe(await page.getByRole('article').getByRole('heading').count() - 1);
    const current = () => outline.locator('[aria-current="location"]').allInnerTexts();
    expect(await current()).toEqual([]);

    await entries.filter({ hasText: /^三、/ }).click();
    const third = headings.filter({ hasText: /^三、/ });
    expect(await nearTop(third)).toBe(true);
    expect(await focusedText()).toMatch(/^三、/);
    await expect.poll(current).toEqual([await third.innerText()]);

    await entries.filter({ hasText: /^一、/ }).focus();
    await page.keyboard.press('Enter');
    expect(await nearTop(headings.filter({ hasText: /^一、/ }))).toBe(true);
    await expect.poll(current).toEqual([await headings.filter({ hasText: /^一、/ }).innerText()]);

    // Scrolling on with the mouse wheel moves the mark down the outline to the section now at the top.
    const second = page.getByRole('article').getByRole('heading', { level: 3 }).nth(1);
    const bar = (await page.getByRole('group', { name: '阅读工具' }).boundingBox())!;
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, (await second.boundingBox())!.y - (bar.y + bar.height + 15));
    await expect.poll(async () => (await second.boundingBox())!.y).toBeLessThan(bar.y + bar.height + 20);
    await expect.poll(current).toEqual([await second.innerText()]);

    await page.getByRole('button', { name: '目录' }).click();
    expect(await outline.isVisible()).toBe(false);
    await page.getByRole('button', { name: '目录' }).click();
    expect(await outline.isVisible()).toBe(true);
  });

  it('shows paragraph numbers in the margin on demand, and copies a citation by them', async () => {
    const toggle = page.getByRole('button', { name: '段落编号' });
    const firstParagraph = page.getByRole('article').getByRole('paragraph').filter({ hasText: '近年来' });
    const firstNumber = page.getByRole('article').getByText('1', { exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await firstNumber.isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await firstNumber.waitFor();
    const [number, text] = [(await firstNumber.boundingBox())!, (await firstParagraph.boundingBox())!];
    expect(number.x + number.width).toBeLessThanOrEqual(text.x);
    expect(Math.abs(number.y - text.y)).toBeLessThan(12);
    await snapshot(page, 'reader-outline-zh-light');

    await page.getByRole('button', { name: '复制引用' }).click();
    const status = page.getByRole('status').filter({ hasText: '已复制' });
    await status.waitFor();
    const cited = await page.evaluate(() => navigator.clipboard.readText());
    expect(cited).toMatch(/^马巍安，《凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深》，¶\d+$/);
    expect(await status.innerText()).toContain(cited);

    await page.reload();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await firstNumber.isVisible()).toBe(false);
  });

  it('finds text with a match count, steps with Enter, Shift+Enter and F3, and closes on Escape', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const id = await documentId('凝心聚力');
    const expected = await page.evaluate(
      async (i) => (await window.briefing!.getDocument({ id: i })).blocks.reduce((n, b) => n + b.text.split('产改').length - 1, 0),
      id,
    );
    expect(expected).toBeGreaterThan(2);

    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: '在文中查找' });
    const input = bar.getByRole('textbox', { name: '在文中查找' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('产改');
    const count = bar.getByRole('status');
    const at = (i: number) => expect.poll(() => count.innerText()).toContain(`第 ${i} 处，共 ${expected} 处`);
    await at(1);
    expect(await count.innerText()).toMatch(new RegExp(`^1/${expected}`));
    expect(await page.evaluate(() => CSS.highlights.get('find-match')?.size)).toBe(expected);

    await input.press('Enter');
    await at(2);
    await input.press('Shift+Enter');
    await at(1);
    await input.press('Shift+Enter');
    await at(expected);
    await page.keyboard.press('F3');
    await at(1);
    await page.keyboard.press('F3');
    await at(2);
    const shown = await page.evaluate(() => {
      const range = [...CSS.highlights.get('find-current')!][0] as Range;
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, text: range.toString() };
    });
    expect(shown.text).toBe('产改');
    expect(shown.top).toBeGreaterThan(0);
    expect(shown.bottom).toBeLessThan(860);

    await input.fill('没有这样的词');
    await expect.poll(() => count.innerText()).toBe('无结果');

    await input.press('Escape');
    expect(await bar.count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
  });

  // How fast it opens and scrolls is measured by the benchmark, not asserted here.
  it('opens a 300,000-character speech with its outline and find working end to end', async () => {
    await page.getByRole('link', { name: /返回资料库/ }).click();
    await openDocument(new RegExp(LONG_TITLE));
    await page.getByRole('article').getByRole('paragraph').first().waitFor();

    // A screen renders first and the rest follows while idle: the outline and find reach past it at once.
    const entries = page.getByRole('navigation', { name: '目录' }).getByRole('button');
    expect(await entries.count()).toBe(long.sections * 4);
    await entries.last().click();
    const last = page.getByRole('article').getByRole('heading', { level: 3 }).last();
    expect(await nearTop(last)).toBe(true);
    await expect.poll(async () => paragraphNumber(await paragraphAtTop())).toBe(long.paragraphs - 7);

    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: '在文中查找' });
    await bar.getByRole('textbox').fill('byd');
    // Finding starts where the reader is: in the last subsection, whose ¶1750 holds the last match.
    const matches = Math.floor(long.paragraphs / 50);
    const at = (i: number) => expect.poll(() => bar.getByRole('status').innerText()).toContain(`第 ${i} 处，共 ${matches} 处`);
    await at(matches);
    await bar.getByRole('textbox').press('Enter');
    await at(1);
    await bar.getByRole('textbox').press('Shift+Enter');
    await at(matches);
    const current = await page.evaluate(() => {
      const range = [...CSS.highlights.get('find-current')!][0] as Range;
      return { text: range.toString(), top: range.getBoundingClientRect().top, paragraph: range.startContainer.textContent?.slice(0, 8) };
    });
    expect(current.text).toBe('BYD');
    expect(current.top).toBeGreaterThan(0);
    expect(current.top).toBeLessThan(860);
    expect(paragraphNumber(current.paragraph ?? '')).toBe(50 * matches);
    await bar.getByRole('button', { name: '关闭查找' }).click();
    // The unit and the speaker are paragraphs of the header.
    await expect.poll(() => page.getByRole('article').getByRole('paragraph').count()).toBe(long.paragraphs + 2);
  });

  it('reopens a document at the paragraph where it was left, across a reload, and the library offers to continue', async () => {
    const id = await documentId(LONG_TITLE);
    await page.getByRole('article').getByRole('paragraph').filter({ hasText: /^第300段。/ }).evaluate((p) => p.scrollIntoView({ block: 'center' }));
    // The saved block is the one at the reading line: the paragraph at the top, or a heading just above it.
    const settled = async () => {
      const top = paragraphNumber(await paragraphAtTop());
      return [top - 1, top].includes((await savedParagraph(id)) ?? -1);
    };
    await expect.poll(settled, { timeout: 5_000 }).toBe(true);
    const left = paragraphNumber(await paragraphAtTop());
    expect(left).toBeGreaterThan(290);
    expect(left).toBeLessThan(301);
    const saved = (await savedParagraph(id))!;

    await page.reload();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(async () => paragraphNumber(await paragraphAtTop())).toBeGreaterThanOrEqual(saved);
    expect(paragraphNumber(await paragraphAtTop())).toBeLessThanOrEqual(saved + 1);

    await page.getByRole('link', { name: /返回资料库/ }).click();
    const resume = page.getByRole('region', { name: '继续阅读' }).getByRole('link');
    await resume.waitFor();
    const stored = (await savedParagraph(id))!;
    expect(Math.abs(stored - saved)).toBeLessThanOrEqual(1);
    expect(await resume.innerText()).toContain(LONG_TITLE);
    expect(await resume.innerText()).toContain(`读到第 ${stored} 段，共 ${long.paragraphs} 段`);
    const card = page.getByRole('list').getByRole('link', { name: new RegExp(LONG_TITLE) });
    expect(await card.innerText()).toContain(`已读 ${Math.round((stored / long.paragraphs) * 100)}%`);
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'library-zh-light');

    await resume.click();
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(async () => paragraphNumber(await paragraphAtTop()) - stored).toBeGreaterThanOrEqual(0);
    expect(paragraphNumber(await paragraphAtTop()) - stored).toBeLessThanOrEqual(1);
  });

  it('filters the library by title, unit or speaker and sorts it by title', async () => {
    await page.getByRole('link', { name: /返回资料库/ }).click();
    const filter = page.getByRole('searchbox', { name: '筛选' });
    const cards = page.getByRole('list').getByRole('link');
    await expect.poll(() => cards.count()).toBe(6);
    await filter.fill('韩城');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: '找到' }).innerText()).toBe('找到 1 篇');
    await filter.fill('张三');
    await expect.poll(() => cards.allInnerTexts()).toEqual([expect.stringContaining(LONG_TITLE)]);
    await filter.fill('');
    await expect.poll(() => cards.count()).toBe(6);

    const briefings = page.getByRole('heading', { level: 2 }).filter({ hasNotText: /^(继续阅读|资料库备份)$/ });
    const newest = await briefings.allInnerTexts();
    await page.getByRole('combobox', { name: '排序' }).selectOption({ label: '导入时间（最早在前）' });
    await expect.poll(() => briefings.allInnerTexts()).toEqual([...newest].reverse());
    await page.getByRole('combobox', { name: '排序' }).selectOption({ label: '标题' });
    const sample = page.getByRole('list').filter({ has: page.getByRole('link', { name: /韩城市/ }) });
    const titles = await sample.getByRole('link').evaluateAll((links) => links.map((a) => a.firstElementChild!.textContent!));
    expect(titles).toHaveLength(5);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('zh-CN').compare));
  });

  it('reaches every reader action from the keyboard, starting with a skip link to the text', async () => {
    await page.getByRole('list').getByRole('link', { name: /韩城市/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const skip = page.getByRole('link', { name: '跳到正文' });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('doc-title');

    await page.getByRole('button', { name: '阅读设置' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('range');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '查找' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('search', { name: '在文中查找' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('查找');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });
});
