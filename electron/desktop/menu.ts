import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '@contract/contract.ts';
import type { ShellCommand } from '@contract/shell.ts';

export interface MenuOptions {
  locale: Locale;
  platform: NodeJS.Platform;
  /** Development builds keep reload and the developer tools at hand. */
  dev: boolean;
  /** File → Open Recent, newest first. */
  recent: string[];
}

export interface MenuActions {
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** A command for the page (find, export, go to a section). */
  send(command: ShellCommand): void;
  about(): void;
}

const words = {
  'zh-CN': {
    app: '研读',
    about: '关于研读',
    hide: '隐藏研读',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    services: '服务',
    quit: '退出',
    quitMac: '退出研读',
    file: '文件',
    open: '打开…',
    recent: '最近打开',
    noRecent: '无',
    clearRecent: '清除最近打开',
    export: '导出…',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    find: '查找…',
    search: '搜索资料库…',
    view: '视图',
    library: '我的简报',
    notes: '全部笔记',
    sessions: '学习记录',
    reload: '重新载入',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
    close: '关闭窗口',
    help: '帮助',
  },
  en: {
    app: 'Briefing Reader',
    about: 'About Briefing Reader',
    hide: 'Hide Briefing Reader',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    services: 'Services',
    quit: 'Exit',
    quitMac: 'Quit Briefing Reader',
    file: 'File',
    open: 'Open…',
    recent: 'Open Recent',
    noRecent: 'None',
    clearRecent: 'Clear Recently Opened',
    export: 'Export…',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    search: 'Search the Library…',
    view: 'View',
    library: 'My Briefings',
    notes: 'All Notes',
    sessions: 'Study Sessions',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    close: 'Close Window',
    help: 'Help',
  },
} satisfies Record<Locale, Record<string, string>>;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in the user's language. Edit and view items are Electron roles
 * (they act on the focused page natively); the rest are commands for the page or the shell.
 * On macOS the first menu is the app's own, holding About and Quit as the platform expects.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const w = words[options.locale];
  const mac = options.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = options.recent.length
    ? options.recent.map((path) => ({ label: basename(path), toolTip: path, click: () => actions.openRecent(path) }))
    : [{ label: w.noRecent, enabled: false }];

  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload', label: w.reload }, { role: 'toggleDevTools', label: w.devTools }, separator]
    : [];
  const macWindowItems: MenuItemConstructorOptions[] = mac ? [{ role: 'zoom', label: w.zoom }, separator, { role: 'front', label: w.front }] : [];
  const quitItems: MenuItemConstructorOptions[] = mac ? [] : [separator, { role: 'quit', label: w.quit }];

  const appMenu: MenuItemConstructorOptions = {
    label: w.app,
    submenu: [
      { label: w.about, click: actions.about },
      separator,
      { role: 'services', label: w.services },
      separator,
      { role: 'hide', label: w.hide },
      { role: 'hideOthers', label: w.hideOthers },
      { role: 'unhide', label: w.unhide },
      separator,
      { role: 'quit', label: w.quitMac },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      { label: w.open, accelerator: 'CmdOrCtrl+O', click: actions.open },
      { label: w.recent, submenu: [...recent, separator, { label: w.clearRecent, enabled: options.recent.length > 0, click: actions.clearRecent }] },
      separator,
      { label: w.export, accelerator: 'CmdOrCtrl+E', click: () => actions.send({ type: 'export' }) },
      ...quitItems,
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      { role: 'undo', label: w.undo },
      { role: 'redo', label: w.redo },
      separator,
      { role: 'cut', label: w.cut },
      { role: 'copy', label: w.copy },
      { role: 'paste', label: w.paste },
      { role: 'selectAll', label: w.selectAll },
      separator,
      { label: w.find, accelerator: 'CmdOrCtrl+F', click: () => actions.send({ type: 'find' }) },
      { label: w.search, accelerator: 'CmdOrCtrl+K', click: () => actions.send({ type: 'search' }) },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      { label: w.library, accelerator: 'CmdOrCtrl+1', click: () => actions.send({ type: 'go', to: 'library' }) },
      { label: w.notes, accelerator: 'CmdOrCtrl+2', click: () => actions.send({ type: 'go', to: 'notes' }) },
      { label: w.sessions, accelerator: 'CmdOrCtrl+3', click: () => actions.send({ type: 'go', to: 'sessions' }) },
      separator,
      ...devItems,
      { role: 'resetZoom', label: w.resetZoom },
      { role: 'zoomIn', label: w.zoomIn },
      { role: 'zoomOut', label: w.zoomOut },
      separator,
      { role: 'togglefullscreen', label: w.fullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: w.window,
    submenu: [
      { role: 'minimize', label: w.minimize },
      ...macWindowItems,
      separator,
      { role: 'close', label: w.close },
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: w.help, submenu: [{ label: w.about, click: actions.about }] };

  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, ...(mac ? [] : [help])];
}
