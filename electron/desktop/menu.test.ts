import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '@contract/contract.ts';
import type { ShellCommand } from '@contract/shell.ts';
import { menuTemplate, type MenuActions, type MenuOptions } from './menu.ts';

type Item = MenuItemConstructorOptions;

/** The shortcuts Electron gives its roles, which our own accelerators must not take. */
const roleAccelerators: Partial<Record<NonNullable<Item['role']>, string>> = {
  undo: 'CmdOrCtrl+Z',
  redo: 'Shift+CmdOrCtrl+Z',
  cut: 'CmdOrCtrl+X',
  copy: 'CmdOrCtrl+C',
  paste: 'CmdOrCtrl+V',
  selectAll: 'CmdOrCtrl+A',
  reload: 'CmdOrCtrl+R',
  toggleDevTools: 'Alt+CmdOrCtrl+I',
  resetZoom: 'CmdOrCtrl+0',
  zoomIn: 'CmdOrCtrl+Plus',
  zoomOut: 'CmdOrCtrl+-',
  togglefullscreen: 'F11',
  minimize: 'CmdOrCtrl+M',
  close: 'CmdOrCtrl+W',
  quit: 'CmdOrCtrl+Q',
  hide: 'Command+H',
  hideOthers: 'Command+Alt+H',
};

function actions() {
  return {
    open: vi.fn<() => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    clearRecent: vi.fn<() => void>(),
    send: vi.fn<(command: ShellCommand) => void>(),
    about: vi.fn<() => void>(),
  } satisfies MenuActions;
}

function build(options: Partial<MenuOptions> = {}, act: MenuActions = actions()) {
  return menuTemplate({ locale: 'zh-CN', platform: 'win32', dev: false, recent: [], ...options }, act);
}

function all(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
}

function find(items: Item[], ...labels: string[]): Item {
  let level = items;
  let found: Item | undefined;
  for (const label of labels) {
    found = level.find((i) => i.label === label);
    if (!found) throw new Error(`no item ${labels.join(' → ')}`);
    level = (found.submenu ?? []) as Item[];
  }
  return found!;
}

const click = (item: Item) => (item.click as () => void)();

describe('the application menu', () => {
  it('has the usual menus in Chinese', () => {
    const menu = build();
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(find(menu, '文件').submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: '打开…' }), expect.objectContaining({ label: '最近打开' })]),
    );
    expect(find(menu, '文件', '退出').role).toBe('quit');
    expect((find(menu, '编辑').submenu as Item[]).filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
  });

  it('has the same menus in English', () => {
    const menu = build({ locale: 'en' });
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(find(menu, 'File', 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(menu, 'File', 'Exit').role).toBe('quit');
  });

  it('labels every item in each language, with no English left in the Chinese menu', () => {
    for (const locale of ['zh-CN', 'en'] satisfies Locale[]) {
      const items = all(build({ locale, platform: 'darwin', dev: true })).filter((i) => i.type !== 'separator');
      expect(items.every((i) => typeof i.label === 'string' && i.label !== '')).toBe(true);
      if (locale === 'zh-CN') expect(items.filter((i) => /[A-Za-z]/.test(i.label!))).toEqual([]);
    }
  });

  it('gives the usual shortcuts, none twice', () => {
    for (const platform of ['win32', 'darwin', 'linux'] satisfies NodeJS.Platform[]) {
      const items = all(build({ platform, dev: true }));
      const shortcuts = items.map((i) => i.accelerator ?? (i.role ? roleAccelerators[i.role] : undefined)).filter(Boolean);
      expect(new Set(shortcuts).size).toBe(shortcuts.length);
      expect(shortcuts).toEqual(expect.arrayContaining(['CmdOrCtrl+O', 'CmdOrCtrl+E', 'CmdOrCtrl+F', 'CmdOrCtrl+Z', 'CmdOrCtrl+C', 'CmdOrCtrl+Q']));
    }
  });

  it('zooms, goes full screen, and reloads only in development', () => {
    const roles = (dev: boolean) => all(build({ dev })).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts About and Quit in the app menu on macOS, not in File and Help', () => {
    const menu = build({ platform: 'darwin' });
    expect(menu.map((m) => m.label)).toEqual(['研读', '文件', '编辑', '视图', '窗口']);
    expect(find(menu, '研读', '退出研读').role).toBe('quit');
    expect(all(find(menu, '文件').submenu as Item[]).map((i) => i.role)).not.toContain('quit');
    expect(find(menu, '窗口', '前置全部窗口').role).toBe('front');
  });

  it('sends the page the command of each item', () => {
    const act = actions();
    const menu = build({}, act);
    click(find(menu, '文件', '导出…'));
    click(find(menu, '编辑', '查找…'));
    click(find(menu, '编辑', '搜索资料库…'));
    click(find(menu, '视图', '我的简报'));
    click(find(menu, '视图', '全部笔记'));
    click(find(menu, '视图', '学习记录'));
    expect(act.send.mock.calls.map(([c]) => c)).toEqual([
      { type: 'export' },
      { type: 'find' },
      { type: 'search' },
      { type: 'go', to: 'library' },
      { type: 'go', to: 'notes' },
      { type: 'go', to: 'sessions' },
    ]);
    click(find(menu, '文件', '打开…'));
    expect(act.open).toHaveBeenCalledOnce();
    click(find(menu, '帮助', '关于研读'));
    expect(act.about).toHaveBeenCalledOnce();
  });

  it('lists recent files by name, newest first, and clears them', () => {
    const act = actions();
    const menu = build({ recent: ['/home/张/简报.docx', '/home/张/发言.pdf'] }, act);
    const recent = (find(menu, '文件', '最近打开').submenu as Item[]).filter((i) => i.type !== 'separator');
    expect(recent.map((i) => i.label)).toEqual(['简报.docx', '发言.pdf', '清除最近打开']);
    click(recent[1]!);
    expect(act.openRecent).toHaveBeenCalledWith('/home/张/发言.pdf');
    click(recent[2]!);
    expect(act.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows an empty recent list as a disabled “none”', () => {
    const recent = find(build(), '文件', '最近打开').submenu as Item[];
    expect(recent[0]).toMatchObject({ label: '无', enabled: false });
    expect(find(build(), '文件', '最近打开', '清除最近打开').enabled).toBe(false);
  });
});
