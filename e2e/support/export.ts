import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Exports from the open export dialog in the given format and returns the downloaded bytes. */
export async function exportAs(page: Page, format: RegExp): Promise<Buffer> {
  const dialog = page.getByRole('dialog', { name: '导出笔记' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出', exact: true }).click()]);
  await dialog.getByRole('status').filter({ hasText: '已导出' }).waitFor();
  return readFileSync((await download.path())!);
}
