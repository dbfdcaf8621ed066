import type { Locale } from '../api/contract.ts';

type Params = Record<string, string | number>;

const text = {
  usage: {
    'zh-CN': `用法：briefing <命令> [选项]

命令：
  list [--json]              列出资料库中的文件
  import 文件... [--dry-run] [--json]
                             导入简报（txt、md、html、docx、pdf）
  serve [--port N]           在本机浏览器中打开研读

通用选项：
  --db 路径                  使用指定的资料库文件（也可用环境变量 BRIEFING_DB）
  --no-sample                新建资料库时不导入示例简报
  --help, --version`,
    en: `Usage: briefing <command> [options]

Commands:
  list [--json]              list the documents in the library
  import FILE... [--dry-run] [--json]
                             import briefings (txt, md, html, docx, pdf)
  serve [--port N]           open Briefing Reader in a local browser

Common options:
  --db PATH                  use this library file (or set BRIEFING_DB)
  --no-sample                do not import the sample briefing into a new library
  --help, --version`,
  },
  unknownCommand: { 'zh-CN': '未知命令“{name}”。运行 briefing --help 查看用法。', en: 'Unknown command "{name}". Run briefing --help for usage.' },
  badOption: { 'zh-CN': '选项有误：{detail}', en: 'Invalid option: {detail}' },
  badPort: { 'zh-CN': '端口必须是 0 到 65535 之间的整数：{value}', en: 'The port must be an integer from 0 to 65535: {value}' },
  portInUse: { 'zh-CN': '端口 {port} 已被占用，请换一个端口或省略 --port。', en: 'Port {port} is in use; choose another or omit --port.' },
  serving: {
    'zh-CN': '研读已在本机启动。请在浏览器中打开：\n{url}\n（仅限本机访问；按 Ctrl+C 停止）',
    en: 'Briefing Reader is running on this computer. Open in your browser:\n{url}\n(local access only; press Ctrl+C to stop)',
  },
  noFiles: { 'zh-CN': '请指定要导入的文件。', en: 'Name the files to import.' },
  cannotRead: { 'zh-CN': '无法读取文件 {file}：{why}', en: 'Cannot read {file}: {why}' },
  imported: {
    'zh-CN': '已导入 {file}：{count} 篇文件（{uri}）',
    en: 'Imported {file}: {count} documents ({uri})',
  },
  emptyLibrary: { 'zh-CN': '资料库中还没有文件。', en: 'The library has no documents yet.' },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof text;

export function msg(key: MessageKey, locale: Locale, params: Params = {}): string {
  return text[key][locale].replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
