import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app.ts';
import { seriousViolations } from './support/axe.ts';
import { snapshot } from './support/browser.ts';

const app = useApp();

const notes = () => window.briefing!.listAnnotations({}).then((r) => r.annotations.map((a) => a.note));

describe('library backup in the app', () => {
  it('downloads a backup and restores it after a confirmation, reloading the library', async () => {
    const page = await app.open();
    await page.evaluate(async () => {
      const api = window.briefing!;
      const { documents } = await api.listDocuments({});
      await api.createAnnotation({ documentId: documents[0]!.id, kind: 'note', note: '备份前的笔记' });
    });

    const panel = page.getByRole('region', { name: '资料库备份' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '备份资料库' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^briefing-library-.+\.sqlite3$/);
    const file = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-backup-')), download.suggestedFilename());
    await download.saveAs(file);
    await panel.getByRole('status').filter({ hasText: '已生成备份' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await snapshot(page, 'backup-panel-zh-light');

    await page.evaluate(async () => {
      const api = window.briefing!;
      const { documents } = await api.listDocuments({});
      await api.createAnnotation({ documentId: documents[0]!.id, kind: 'note', note: '备份后的笔记' });
    });

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByRole('button', { name: '从备份恢复…' }).click()]);
    await chooser.setFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('替换当前资料库').waitFor();
    await dialog.getByRole('button', { name: '恢复', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: '原资料库已另存为' }).waitFor();
    // It says what the library holds now: the backup's one briefing of five documents and its one note.
    await panel.getByRole('status').filter({ hasText: '现在资料库中有 1 份简报、5 篇文件、1 条批注。' }).waitFor();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    expect(await page.evaluate(notes)).toEqual(['备份前的笔记']);
  });

  it('refuses a file that is not a library with one clear message', async () => {
    const page = await app.open();
    const bad = join(mkdtempSync(join(tmpdir(), 'briefing-e2e-backup-')), 'bad.bak');
    writeFileSync(bad, '不是资料库');
    const panel = page.getByRole('region', { name: '资料库备份' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByRole('button', { name: '从备份恢复…' }).click()]);
    await chooser.setFiles(bad);
    await page.getByRole('dialog').getByRole('button', { name: '恢复', exact: true }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toContain('资料库未作任何改动');
  });
});
