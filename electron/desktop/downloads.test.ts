import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handleDownloads } from './downloads.ts';

function fakeItem(fileName: string, savedTo: string) {
  return Object.assign(new EventEmitter(), {
    getFilename: () => fileName,
    getSavePath: () => savedTo,
    setSaveDialogOptions: vi.fn(),
  });
}

function setup(response: number) {
  const session = new EventEmitter();
  const deps = {
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })) },
    shell: { showItemInFolder: vi.fn() },
    stateFile: join(mkdtempSync(join(tmpdir(), 'briefing-downloads-')), 'last-folder.json'),
    defaultFolder: '/home/li/Documents',
    locale: () => 'zh-CN' as const,
    window: () => null,
  };
  handleDownloads(session as never, deps as never);
  return { session, deps };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('saving an export on the desktop', () => {
  it('offers the documents folder first, then the folder last saved to', async () => {
    const { session } = setup(1);
    const first = fakeItem('学习笔记.docx', '/home/li/培训/学习笔记.docx');
    session.emit('will-download', {}, first);
    expect(first.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: join('/home/li/Documents', '学习笔记.docx') });
    first.emit('done', {}, 'completed');

    const second = fakeItem('学习笔记.pdf', '/home/li/培训/学习笔记.pdf');
    session.emit('will-download', {}, second);
    expect(second.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: join('/home/li/培训', '学习笔记.pdf') });
  });

  it('shows the saved file in its folder when asked', async () => {
    const { session, deps } = setup(0);
    const item = fakeItem('a.docx', '/home/li/培训/a.docx');
    session.emit('will-download', {}, item);
    item.emit('done', {}, 'completed');
    await flush();
    expect(deps.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ buttons: ['在文件夹中显示', '关闭'] }));
    expect(deps.shell.showItemInFolder).toHaveBeenCalledWith('/home/li/培训/a.docx');
  });

  it('says nothing when the save was cancelled', async () => {
    const { session, deps } = setup(0);
    const item = fakeItem('a.docx', '');
    session.emit('will-download', {}, item);
    item.emit('done', {}, 'cancelled');
    await flush();
    expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
