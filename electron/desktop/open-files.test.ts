import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { maxImportBytes as maxOpenBytes } from '@contract/rules/limits.ts';
import { fileOpener, filesFromArgv, isOpenable, openDialogOptions, readForImport, unreadableMessage } from './open-files.ts';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-argv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('files on a command line', () => {
  it('keeps existing files the app opens, resolved from the working folder', () => {
    const dir = folder({ '发言.TXT': 'a', 'pack.briefing': 'b', 'notes.docx': 'c', 'tool.exe': 'd' });
    mkdirSync(join(dir, 'folder.md'));
    const argv = ['/opt/研读/briefing-reader', '发言.TXT', 'tool.exe', 'missing.pdf', 'folder.md', join(dir, 'pack.briefing'), 'notes.docx'];
    expect(filesFromArgv(argv, dir)).toEqual([join(dir, '发言.TXT'), join(dir, 'pack.briefing'), join(dir, 'notes.docx')]);
  });

  it('skips the executable, the app folder, flags and the --db value', () => {
    const dir = folder({ 'lib.txt': 'x', 'a.md': 'y' });
    const argv = [join(dir, 'a.md'), '.', '--db', 'lib.txt', '--no-sample', '--inspect=9229', '--allow-file-access-from-files'];
    expect(filesFromArgv(argv, dir)).toEqual([]);
  });

  it('knows which files it opens', () => {
    for (const name of ['a.txt', 'a.md', 'a.html', 'a.htm', 'a.mhtml', 'a.docx', 'a.pdf', 'a.briefing', 'A.PDF']) expect(isOpenable(name)).toBe(true);
    for (const name of ['a.doc', 'a.exe', 'a', 'txt', 'a.txt.zip']) expect(isOpenable(name)).toBe(false);
  });
});

describe('reading a file for the import', () => {
  it('hands over its name, size and bytes', () => {
    const dir = folder({ '简报.txt': '研读' });
    expect(readForImport(join(dir, '简报.txt'))).toEqual({ type: 'import', name: '简报.txt', size: 6, bytes: new Uint8Array(Buffer.from('研读')) });
  });

  it('does not read a file past the importer’s limit, so the page refuses it by size', () => {
    const path = join(folder({}), 'huge.pdf');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, maxOpenBytes + 1);
    closeSync(fd);
    expect(readForImport(path)).toEqual({ type: 'import', name: 'huge.pdf', size: maxOpenBytes + 1, bytes: null });
  });

  it('offers the openable kinds in the open dialog, in the user’s language', () => {
    expect(openDialogOptions('zh-CN')).toMatchObject({ title: '打开简报', properties: ['openFile'], filters: [{ name: '简报文件' }] });
    expect(openDialogOptions('en').filters![0]!.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'mhtml', 'mht', 'docx', 'pdf', 'briefing']);
    expect(isOpenable('/资料/讲话.markdown')).toBe(true);
  });
});

describe('opening a file', () => {
  const deps = () => ({ send: vi.fn(), opened: vi.fn(), showError: vi.fn(), locale: () => 'zh-CN' as const });

  it('sends it to the page and reports it opened', () => {
    const path = join(folder({ 'a.md': '# 一' }), 'a.md');
    const d = deps();
    fileOpener(d)(path);
    expect(d.send).toHaveBeenCalledWith(expect.objectContaining({ type: 'import', name: 'a.md' }));
    expect(d.opened).toHaveBeenCalledWith(path);
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('explains a file it cannot read, and sends nothing', () => {
    const d = deps();
    fileOpener(d)('/nowhere/发言.pdf');
    expect(d.showError).toHaveBeenCalledWith('无法打开“发言.pdf”：文件已不存在。');
    expect(d.send).not.toHaveBeenCalled();
    expect(d.opened).not.toHaveBeenCalled();
  });

  it('words read errors in both languages', () => {
    const denied = Object.assign(new Error('denied'), { code: 'EACCES' });
    expect(unreadableMessage('en', '/x/a.txt', denied)).toBe('Cannot open "a.txt": You are not allowed to read it.');
    expect(unreadableMessage('zh-CN', '/x/a.txt', new Error('EIO'))).toBe('无法打开“a.txt”：文件读取失败。');
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const dir = folder({ 'secret.txt': 'x' });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const d = deps();
    fileOpener(d)(join(dir, 'secret.txt'));
    expect(d.showError).toHaveBeenCalledWith('无法打开“secret.txt”：没有读取这个文件的权限。');
  });
});
