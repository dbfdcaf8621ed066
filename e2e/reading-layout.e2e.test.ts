import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';

const PARAGRAPH = '我们坚持把服务职工作为工会工作的出发点和落脚点，深入车间班组倾听职工心声，建立问题清单，逐项推动解决，让职工切实感受到工会组织就在身边。';
/** A speech whose last section is a single short paragraph, too short to reach the reading line at the end. */
const SHORT_ENDING = [
  '关于做好职工服务工作的几点体会',
  '测试县总工会',
  '测试县总工会主席王五',
  '一、夯实基层基础',
  ...Array.from({ length: 8 }, () => PARAGRAPH),
  '二、创新服务方式',
  ...Array.from({ length: 8 }, () => PARAGRAPH),
  '三、下一步打算',
  '我们将继续努力。',
].join('\n\n');

const app = useApp({ files: { 'short-ending.txt': SHORT_ENDING } });
let page: Page;

async function openDocument(name: RegExp): Promise<void> {
  await page.getByRole('list').getByRole('link', { name }).click();
  await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
}

const article = () => page.getByRole('article');

/** The right edge of the widest paragraph in view, and the left edge of the annotation panel. */
async function columnAndPanel(): Promise<{ textRight: number; panelLeft: number }> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.notes-column')!.getBoundingClientRect();
    const texts = [...document.querySelectorAll<HTMLElement>('article .block p.text')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return { textRight: Math.max(...texts.map((p) => p.getBoundingClientRect().right)), panelLeft: panel.left };
  });
}

/** Characters on the second line of the first paragraph in view that runs to three lines or more. */
function charsPerLine(): Promise<number> {
  return page.evaluate(() => {
    for (const p of document.querySelectorAll<HTMLElement>('article .block p.text')) {
      const r = p.getBoundingClientRect();
      if (r.top < 0 || r.top > innerHeight) continue;
      const text = p.firstChild!;
      const range = document.createRange();
      const tops: number[] = [];
      for (let i = 0; i < text.textContent!.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        tops.push(Math.round(range.getBoundingClientRect().top));
      }
      const lines = [...new Set(tops)];
      if (lines.length >= 3) return tops.filter((t) => t === lines[1]).length;
    }
    return 0;
  });
}

/** Whether a docked panel covers any of the text: each visible paragraph's box against the panels'. */
function textCovered(): Promise<boolean> {
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('.outline-column:not([hidden]):not(.overlay), .notes-column:not([hidden]):not(.overlay)')].map((el) => el.getBoundingClientRect());
    return [...document.querySelectorAll<HTMLElement>('article .block p.text')].some((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && panels.some((b) => r.left < b.right && r.right > b.left);
    });
  });
}

/** The distinct line tops the characters of `word` sit on, in the first element matching `selector` that holds it. */
function linesOf(selector: string, word: string): Promise<number[]> {
  return page.evaluate(
    ([sel, w]) => {
      const el = [...document.querySelectorAll(sel!)].find((e) => e.textContent!.includes(w!))!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const chars: [Text, number][] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) for (let i = 0; i < n.length; i++) chars.push([n, i]);
      const at = el.textContent!.indexOf(w!);
      const range = document.createRange();
      const tops = chars.slice(at, at + w!.length).map(([n, i]) => {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        return Math.round(range.getBoundingClientRect().top);
      });
      return [...new Set(tops)];
    },
    [selector, word],
  );
}

describe('the reading layout', () => {
  it('shows confirmations in one toast area that never moves the text', async () => {
    page = await app.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDocument(/西安高新区/);
    const first = article().getByRole('paragraph').filter({ hasText: '近年来' });
    const before = (await first.boundingBox())!;
    await page.getByRole('button', { name: '复制引用' }).click();
    const toast = page.locator('[data-toast-area]').getByRole('status').filter({ hasText: '已复制' });
    await toast.waitFor();
    expect(await toast.getAttribute('aria-live')).toBe('polite');
    expect((await first.boundingBox())!.y).toBe(before.y);
    await snapshot(page, 'toast-reader-zh-light-1280');
  });

  it('reflows the text column at once when the annotation panel opens mid-document, however it opens', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const toggle = page.getByRole('button', { name: '批注', exact: true });
    const close = async () => {
      if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
      await page.locator('.notes-column').waitFor({ state: 'hidden' });
    };
    const expectReflowed = async () => {
      await page.locator('.notes-column').waitFor();
      const { textRight, panelLeft } = await columnAndPanel();
      expect(textRight).toBeLessThanOrEqual(panelLeft);
    };

    await close();
    await toggle.click();
    await expectReflowed();

    // 写笔记 on a selection in the middle of the screen.
    await close();
    await page.evaluate(() => {
      const p = [...document.querySelectorAll<HTMLElement>('article p.text')].find((x) => x.getBoundingClientRect().top > 200)!;
      const range = document.createRange();
      range.setStart(p.firstChild!, 2);
      range.setEnd(p.firstChild!, 10);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByRole('toolbar', { name: '选中文字' }).getByRole('button', { name: '写笔记' }).click();
    await expectReflowed();
    await snapshot(page, 'panel-open-zh-light-1280');

    // A click on the highlight that made.
    await page.keyboard.press('Escape');
    await close();
    const mark = await page.evaluate(() => {
      const range = [...CSS.highlights.values()].flatMap((h) => [...h] as Range[])[0]!;
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(mark.x, mark.y);
    await expectReflowed();
  });

  it('keeps at least 30 characters a line at 1024 × 700, laying a panel over the text when both would squeeze it', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.evaluate(() => window.scrollTo(0, 800));
    const outline = page.getByRole('button', { name: '目录' });
    const notes = page.getByRole('button', { name: '批注', exact: true });
    if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
    for (const [wantOutline, wantNotes] of [[true, true], [true, false], [false, true]] as const) {
      if (((await outline.getAttribute('aria-expanded')) === 'true') !== wantOutline) await outline.click();
      if (((await notes.getAttribute('aria-expanded')) === 'true') !== wantNotes) await notes.click();
      await expect.poll(() => page.locator('.notes-column').isVisible()).toBe(wantNotes);
      // Polled: the layout settles over a frame or two after a toggle.
      await expect.poll(charsPerLine, { message: `outline ${wantOutline}, notes ${wantNotes}` }).toBeGreaterThanOrEqual(30);
      await expect.poll(textCovered).toBe(false);
    }
    if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
    // The overlay starts below the sticky bar, never over its buttons.
    const bar = (await page.locator('.reader-bar').boundingBox())!;
    expect((await page.locator('.outline-column').boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);    await snapshot(page, 'panels-overlay-zh-light-1024');
    // Picking a heading in an outline that lies over the text puts it away.
    const overlay = page.locator('.outline-column.overlay');
    await overlay.waitFor();
    await overlay.getByRole('button').nth(2).click();
    await overlay.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('breaks the title and the speaker line between words, never inside 产业工人 or 常务副主席', async () => {
    const notes = page.getByRole('button', { name: /^批注/ });
    if ((await notes.getAttribute('aria-expanded')) === 'true') await notes.click();
    // Widths at which a character-by-character break would fall inside one of these words.
    for (const width of [1280, 1024, 760, 640, 560, 480]) {
      await page.setViewportSize({ width, height: 700 });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await linesOf('article h1', '产业工人'), `title at ${width}`).toHaveLength(1);
      expect(await linesOf('article .doc-speaker', '常务副主席'), `speaker at ${width}`).toHaveLength(1);
      expect(await linesOf('article .doc-speaker', '马巍安'), `name at ${width}`).toHaveLength(1);
    }
    expect((await linesOf('article h1', '凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深')).length).toBeGreaterThan(1);
    await snapshot(page, 'title-words-zh-light-480');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('moves to the next and previous speech with ] and [, and with the links in the bar and at the end', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.host.url);
    await openDocument(/西安高新区/);
    const title = () => article().getByRole('heading', { level: 1 }).innerText();
    const first = await title();
    const bar = page.getByRole('navigation', { name: '上一篇与下一篇' }).first();
    // The keys work once the briefing's speeches are known, which the bar's link shows.
    await bar.getByRole('link').first().waitFor();
    await page.keyboard.press(']');
    await expect.poll(title).not.toBe(first);
    const second = await title();
    expect(await article().getByText('韩城市', { exact: true }).count()).toBeGreaterThan(0);
    await bar.getByRole('link', { name: /^上一篇/ }).waitFor();
    await page.keyboard.press('[');
    await expect.poll(title).toBe(first);
    // The first speech has no previous one: [ does nothing.
    await bar.getByRole('link').first().waitFor();
    await page.keyboard.press('[');
    expect(await title()).toBe(first);

    const next = bar.getByRole('link', { name: `下一篇：《${second}》` });
    expect(await next.getAttribute('aria-keyshortcuts')).toBe(']');
    await next.click();
    await expect.poll(title).toBe(second);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = article().getByRole('navigation', { name: '上一篇与下一篇' });
    await end.getByRole('link', { name: new RegExp(first.slice(0, 8)) }).waitFor();
    await snapshot(page, 'speech-nav-end-zh-light-1280');
  });

  it('marks the last heading in the outline once the end of a speech is reached', async () => {
    await page.goto(app.host.url);
    await openDocument(/职工服务工作/);
    const outline = page.getByRole('button', { name: '目录' });
    if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
    const entries = page.getByRole('navigation', { name: '目录' }).getByRole('button');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => entries.last().getAttribute('aria-current')).toBe('location');
    expect(await page.getByRole('navigation', { name: '目录' }).locator('[aria-current]').count()).toBe(1);
  });

  it('lands a search hit with its line below the sticky bar, at 1280 × 800 and 1024 × 700', async () => {
    const doc = await page.evaluate(async () => {
      const { documents } = await window.briefing!.listDocuments({});
      const d = await window.briefing!.getDocument({ id: documents[0]!.id });
      const paragraphs = d.blocks.filter((b) => b.kind === 'paragraph');
      return { id: d.id, blockId: paragraphs[Math.floor(paragraphs.length * 0.6)]!.id };
    });
    for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${app.host.url}#/`);
      await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
      await page.evaluate(({ id, blockId }) => (location.hash = `#/doc/${id}?block=${blockId}&at=0-4`), doc);
      await article().getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.evaluate(() => CSS.highlights.has('search-passage'))).toBe(true);
      // Once the landing has settled (it re-aligns for a few frames).
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      const { top, barBottom } = await page.evaluate(() => {
        const range = [...CSS.highlights.get('search-passage')!][0] as Range;
        return { top: range.getBoundingClientRect().top, barBottom: document.querySelector('.reader-bar')!.getBoundingClientRect().bottom };
      });
      expect(top, `at ${width}`).toBeGreaterThanOrEqual(barBottom);
      expect(top, `at ${width}`).toBeLessThan(height);
      await snapshot(page, `search-hit-below-bar-zh-light-${width}`);
    }
  });

  it('looks right in the dark theme at 1280 × 800 and 1024 × 700, panels, toast and the speech links included', async () => {
    page = await app.open('dark');
    for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(app.host.url);
      await openDocument(/西安高新区/);
      const notes = page.getByRole('button', { name: '批注', exact: true });
      if ((await notes.getAttribute('aria-expanded')) !== 'true') await notes.click();
      await page.evaluate(() => window.scrollTo(0, 900));
      await page.getByRole('button', { name: '复制引用' }).click();
      await page.locator('[data-toast-area]').getByRole('status').filter({ hasText: '已复制' }).waitFor();
      expect(await textCovered()).toBe(false);
      await snapshot(page, `reader-panels-toast-zh-dark-${width}`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await snapshot(page, `speech-nav-end-zh-dark-${width}`);
    }
  });

  it('keeps the bar’s title readable in English, the buttons wrapping before it shrinks', async () => {
    page = await app.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.briefing!.updateSettings({ locale: 'en' }));
    await page.reload();
    await page.getByRole('list').getByRole('link', { name: /西安高新区/ }).click();
    await article().getByRole('heading', { level: 1 }).waitFor();
    const title = page.locator('.bar-title');
    await expect.poll(() => title.innerText()).toMatch(/^凝心聚力/);
    const width = (await title.boundingBox())!.width;
    const fontSize = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(width / fontSize).toBeGreaterThanOrEqual(10);
    expect(await page.getByRole('main').getByText(/^\d+ annotations?$/).count()).toBe(0);
    await snapshot(page, 'reader-bar-en-light-1280');
    await page.goto(app.host.url);
    await page.getByRole('heading', { name: 'My briefings', level: 1 }).waitFor();
    // One document is “1 document”, not “1 documents”.
    await page.getByText('1 document', { exact: true }).first().waitFor();
    expect(await page.getByText('1 documents', { exact: true }).count()).toBe(0);
    await snapshot(page, 'library-en-light-1280');
    await page.evaluate(() => window.briefing!.updateSettings({ locale: 'zh-CN' }));
  });
});
