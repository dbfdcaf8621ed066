import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@contract/contract.ts';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';

/** ¶1 of the speech by 马巍安 in the built-in sample. */
const P1 = '近年来，在党工委管委会的坚强领导下';

const app = useApp();
let page: Page;

const toolbar = () => page.getByRole('toolbar', { name: '选中文字' });
const sidebar = () => page.getByRole('region', { name: /^批注/ });
const stored = (): Promise<Annotation[]> => page.evaluate(async () => (await window.briefing!.listAnnotations({})).annotations);

/** Selects characters [from, to) of ¶1 in code, as a drag would. */
async function select(from: number, to: number): Promise<void> {
  await page.evaluate(
    ([p, a, b]) => {
      const el = [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith(p as string))!;
      // A selection made with the mouse leaves focus in the text, not in the field last typed in.
      document.querySelector<HTMLElement>('article')!.focus();
      const range = document.createRange();
      range.setStart(el.firstChild!, a as number);
      range.setEnd(el.firstChild!, b as number);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [P1, from, to],
  );
  await toolbar().waitFor();
}

async function openSpeech(colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  page = await app.open(colorScheme);
  await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).click();
  await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor();
}

describe('a note on a passage already marked', () => {
  it('opens the highlight a selection lies within instead of marking it twice', async () => {
    await openSpeech();
    await select(0, 14);
    await page.keyboard.press('1');
    await expect.poll(() => stored().then((a) => a.length)).toBe(1);

    await select(3, 9);
    await page.keyboard.press('n');
    const note = sidebar().getByRole('textbox', { name: '笔记' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await stored()).toHaveLength(1);
    await page.keyboard.type('已有的划线');
    await sidebar().getByRole('button', { name: '保存笔记' }).click();
    await expect.poll(async () => (await stored()).map((a) => a.note)).toEqual(['已有的划线']);

    await select(0, 14);
    await toolbar().getByRole('button', { name: '写笔记' }).click();
    await expect.poll(() => note.inputValue()).toBe('已有的划线');
    expect(await stored()).toHaveLength(1);
  });

  it('asks, when the selection reaches past it, whether to open it or mark the whole selection', async () => {
    await select(5, 24);
    await page.keyboard.press('n');
    const open = toolbar().getByRole('button', { name: '打开已有批注' });
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    await toolbar().getByText('所选文字中已有一处批注').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await snapshot(page, 'existing-note-offer-zh-light');
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar().getByRole('textbox', { name: '笔记' }).inputValue()).toBe('已有的划线');
    expect(await stored()).toHaveLength(1);

    await select(5, 24);
    await page.keyboard.press('n');
    await toolbar().getByRole('button', { name: '按整段选区新建' }).click();
    await expect.poll(() => stored().then((a) => a.length)).toBe(2);
    const whole = await page.evaluate((p) => [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith(p))!.textContent!.slice(5, 24), P1);
    expect((await stored()).map((a) => a.quote?.exact).sort()).toEqual([whole, P1.slice(0, 14)].sort());
  });

  it('shows the offer in the dark theme and at 1024×700', async () => {
    await openSpeech('dark');
    await select(2, 30);
    await page.keyboard.press('n');
    await toolbar().getByRole('button', { name: '打开已有批注' }).waitFor();
    await snapshot(page, 'existing-note-offer-zh-dark');
    await page.setViewportSize({ width: 1024, height: 700 });
    await snapshot(page, 'existing-note-offer-zh-dark-1024');
  });
});
