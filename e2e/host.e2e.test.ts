import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';
import { sampleSpeeches } from './support/sample.ts';

const speeches = sampleSpeeches;

const app = useApp();
let page: Page;
const openApp = (colorScheme?: 'light' | 'dark') => app.open(colorScheme);

describe('the browser host on the built-in sample', () => {
  it('lists the five sample speeches in Chinese, with their units and speakers', async () => {
    page = await openApp();
    await expect.poll(() => page.url()).toBe(`${app.host.origin}/`);
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    const links = page.getByRole('list').getByRole('link');
    await expect.poll(() => links.count()).toBe(5);
    const cards = await links.allInnerTexts();
    speeches.forEach((s, i) => {
      expect(cards[i]).toContain(s.unit);
      expect(cards[i]).toContain(s.speaker);
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await snapshot(page, 'sample-library-zh-light');
  });

  it('renders Chinese in real CJK faces, not missing-glyph boxes', async () => {
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        serif: document.fonts.check('16px "Noto Serif CJK SC"', '研读简报'),
        sans: document.fonts.check('16px "Noto Sans CJK SC"', '研读简报'),
      };
    });
    expect(fonts).toEqual({ serif: true, sans: true });
  });

  it('opens a speech with its title, speaker, headings and text', async () => {
    await page.getByRole('link', { name: /西安高新区/ }).click();
    await expect.poll(() => page.url()).toMatch(/#\/doc\/\d+$/);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    expect(await title.innerText()).toContain('凝心聚力');
    expect(await page.getByText('马巍安').count()).toBeGreaterThan(0);
    const sections = page.getByRole('article').getByRole('heading', { level: 2 });
    expect(await sections.count()).toBe(3);
    expect(await sections.first().innerText()).toMatch(/^一、/);
    expect(await page.getByRole('article').innerText()).toContain('开展心理健康服务培训班');
    await snapshot(page, 'document-zh-light');
    await page.getByRole('link', { name: /返回资料库/ }).click();
    await page.getByRole('heading', { name: '我的简报' }).waitFor();
  });

  it('shows the same screens in the dark theme', async () => {
    page = await openApp('dark');
    await page.getByRole('heading', { name: '我的简报' }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(247, 245, 240)');
    await snapshot(page, 'library-zh-dark');
    await page.getByRole('link', { name: /神木市/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await snapshot(page, 'document-zh-dark');
  });

  it('switches to English and remembers it across reloads', async () => {
    page = await openApp();
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'My briefings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'My briefings' }).waitFor();
    await snapshot(page, 'library-en-light');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
    await page.getByRole('heading', { name: '我的简报' }).waitFor();
  });

  it('shows a clear message for a document that does not exist', async () => {
    await page.goto(`${app.host.origin}/#/doc/999999`);
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('找不到');
  });
});
