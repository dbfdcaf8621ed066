import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';
import { exportAs } from './support/export.ts';

const app = useApp();
let page: Page;

/** A highlight with a two-line note on the first paragraph of the first speech, made through the API. */
async function annotate(): Promise<void> {
  await page.evaluate(async () => {
    const api = window.briefing!;
    const { documents } = await api.listDocuments({});
    const doc = await api.getDocument({ id: documents[0]!.id });
    const paragraph = doc.blocks.find((b) => b.kind === 'paragraph')!;
    await api.createAnnotation({
      documentId: doc.id,
      kind: 'highlight',
      color: 'green',
      range: { start: { blockId: paragraph.id, offset: 0 }, end: { blockId: paragraph.id, offset: 16 } },
      note: '要点一\n要点二',
    });
  });
}

describe('exporting notes from the browser host', () => {
  it('downloads the notes as Word, PDF and Markdown from the all-notes view', async () => {
    page = await app.open();
    await annotate();
    await page.reload();
    const card = page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ });
    expect(await card.innerText()).toContain('批注 1');
    await page.goto(`${app.host.origin}/#/notes`);
    await page.getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出笔记' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('范围：全部笔记');
    await snapshot(page, 'export-dialog-zh-light');
    expect(await seriousViolations(page)).toEqual([]);

    expect((await exportAs(page, /Word/)).subarray(0, 2).toString()).toBe('PK');
    expect((await exportAs(page, /^PDF$/)).subarray(0, 5).toString()).toBe('%PDF-');
    const markdown = (await exportAs(page, /Markdown/)).toString('utf8');
    expect(markdown).toContain('要点一');
    expect(markdown).toContain('要点二');
  });

  it('exports one document’s notes from the reader’s sidebar', async () => {
    page = await app.open('dark');
    await page.getByRole('main').getByRole('list').getByRole('link', { name: /西安高新区/ }).click();
    await page.getByRole('button', { name: /^批注/ }).click();
    await page.getByRole('region', { name: /^批注/ }).getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog', { name: '导出笔记' });
    expect(await dialog.innerText()).toContain('《凝心聚力');
    await snapshot(page, 'export-dialog-zh-dark');
    const text = (await exportAs(page, /纯文本/)).toString('utf8');
    expect(text).toContain('要点一');
  });
});
