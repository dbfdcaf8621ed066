import type { Locale } from '@contract/contract.ts';
import { documentFormatNames } from '@contract/rules/file-types.ts';

type Params = Record<string, string | number>;

const text = {
  usage: {
    'zh-CN': `用法：briefing <命令> [选项]

命令：
  list [--json]              列出资料库中的文件
  import 文件... [--dry-run] [--json] [--replace 简报URI]
                             导入简报（${documentFormatNames.join('、')}，或 .briefing 资料包）；
                             --dry-run 只显示识别结果，不保存；
                             --replace 用修订后的文件更新已有简报
  export (--all | --session 编号 | --uri URI | --tag 标签) --format docx|pdf|md|txt|jsonld
         --out 文件 [--template official|handout]
                             导出批注和笔记（URI 可为文件或学习记录）
  annotations export [--uri urn:briefing:doc:编号] [--format jsonld] [--out 文件]
                             以 W3C 网络批注（JSON-LD）导出批注；不指定 --out 时输出到屏幕
  annotations import 文件 [--json]
                             导入 W3C 网络批注（JSON-LD），按引文定位到文件中
  pack 简报URI --out 文件.briefing [--with-notes]
                             把简报导出为资料包，供他人导入；
                             --with-notes 附上我的批注（作为组织者批注）
  search 关键词 [--limit N] [--json]
                             在资料库中搜索（与阅读器的搜索相同）；
                             --json 每行输出一条 JSON（uri、documentTitle、blockId、snippet）
  serve [--port N]           在本机浏览器中打开研读
  backup 文件                把整个资料库备份到新文件
  restore 文件               从备份恢复资料库（先把现有资料库另存一份备份）

通用选项：
  --db 路径                  使用指定的资料库文件（也可用环境变量 BRIEFING_DB）
  --no-sample                新建资料库时不导入示例简报
  --help, --version`,
    en: `Usage: briefing <command> [options]

Commands:
  list [--json]              list the documents in the library
  import FILE... [--dry-run] [--json] [--replace BRIEFING-URI]
                             import briefings (${documentFormatNames.join(', ')}, or a .briefing pack);
                             --dry-run shows what would be imported, saving nothing;
                             --replace updates a briefing from a corrected file
  export (--all | --session ID | --uri URI | --tag NAME) --format docx|pdf|md|txt|jsonld
         --out FILE [--template official|handout]
                             export annotations and notes (URI: a document or a session)
  annotations export [--uri urn:briefing:doc:ID] [--format jsonld] [--out FILE]
                             export annotations as W3C Web Annotations (JSON-LD); to the screen without --out
  annotations import FILE [--json]
                             import W3C Web Annotations (JSON-LD), placed in their documents by their quotes
  pack BRIEFING-URI --out FILE.briefing [--with-notes]
                             export a briefing as a pack for others to import;
                             --with-notes adds my annotations (as organizer notes)
  search QUERY [--limit N] [--json]
                             search the library (the reader's search);
                             --json prints one JSON object a line (uri, documentTitle, blockId, snippet)
  serve [--port N]           open Briefing Reader in a local browser
  backup FILE                back the whole library up to a new file
  restore FILE               restore the library from a backup (what it replaces is backed up first)

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
  replaced: { 'zh-CN': '已用 {file} 更新 {uri}：{count} 篇文件', en: 'Updated {uri} from {file}: {count} documents' },
  alreadyImported: {
    'zh-CN': '{file} 已导入过（{uri}），未重复导入。如需更新，请使用 --replace {uri}',
    en: '{file} was imported before ({uri}); not imported again. To update it, use --replace {uri}',
  },
  replaceOneFile: { 'zh-CN': '--replace 只能与一个文件一起使用。', en: '--replace takes exactly one file.' },
  badBriefingUri: { 'zh-CN': '简报 URI 格式应为 urn:briefing:pack:编号：{uri}', en: 'A briefing URI looks like urn:briefing:pack:<id>: {uri}' },
  dryRunHeader: { 'zh-CN': '{file}：识别出 {count} 篇文件（未保存）', en: '{file}: {count} documents found (nothing saved)' },
  dryRunRepairs: { 'zh-CN': '自动修复 {count} 处：', en: '{count} repairs made:' },
  dryRunOrganizerNotes: { 'zh-CN': '组织者批注 {count} 条', en: '{count} organizer notes' },
  exportOneScope: {
    'zh-CN': '请指定一个导出范围：--all、--session、--uri 或 --tag 之一。',
    en: 'Give exactly one scope: --all, --session, --uri or --tag.',
  },
  exportFormat: { 'zh-CN': '导出格式应为 docx、pdf、md、txt 或 jsonld：{value}', en: 'The format must be docx, pdf, md, txt or jsonld: {value}' },
  exportOut: { 'zh-CN': '请用 --out 指定输出文件。', en: 'Name the output file with --out.' },
  exportTemplate: { 'zh-CN': '模板应为 official 或 handout：{value}', en: 'The template must be official or handout: {value}' },
  exportNoTag: { 'zh-CN': '没有名为“{name}”的标签。', en: 'There is no tag named "{name}".' },
  exportUri: {
    'zh-CN': 'URI 应为 urn:briefing:doc:编号 或 urn:briefing:session:编号：{uri}',
    en: 'A URI looks like urn:briefing:doc:<id> or urn:briefing:session:<id>: {uri}',
  },
  exported: { 'zh-CN': '已导出到 {file}', en: 'Exported to {file}' },
  packUri: {
    'zh-CN': '请指定一份简报：urn:briefing:pack:编号，或其中一篇文件的 urn:briefing:doc:编号：{uri}',
    en: 'Name one briefing: urn:briefing:pack:<id>, or one of its documents as urn:briefing:doc:<id>: {uri}',
  },
  packNoBriefing: { 'zh-CN': '资料库中没有 {uri}。', en: '{uri} is not in the library.' },
  packed: { 'zh-CN': '已导出资料包 {file}', en: 'Packed the briefing into {file}' },
  searchQuery: { 'zh-CN': '请指定要搜索的关键词。', en: 'Give something to search for.' },
  searchLimit: { 'zh-CN': '--limit 应为整数：{value}', en: '--limit takes a whole number: {value}' },
  searchNone: { 'zh-CN': '没有找到“{query}”。', en: 'Nothing found for "{query}".' },
  searchBlock: { 'zh-CN': '块 {id}', en: 'block {id}' },
  searchCount: { 'zh-CN': '共 {count} 条结果', en: 'Hits: {count}' },
  searchMore: { 'zh-CN': '显示前 {count} 条，共 {total} 条结果；用 --limit 显示更多', en: 'Showing {count} of {total} hits; --limit shows more' },
  emptyLibrary: { 'zh-CN': '资料库中还没有文件。', en: 'The library has no documents yet.' },
  annotationsSub: {
    'zh-CN': 'annotations 后应为 export 或 import：{name}',
    en: 'annotations takes export or import: {name}',
  },
  annotationsFormat: { 'zh-CN': '批注交换格式只有 jsonld：{value}', en: 'The only interchange format is jsonld: {value}' },
  annotationsUri: { 'zh-CN': 'URI 应为 urn:briefing:doc:编号：{uri}', en: 'A URI looks like urn:briefing:doc:<id>: {uri}' },
  annotationsOneFile: { 'zh-CN': '请指定一个要导入的 JSON-LD 文件。', en: 'Name exactly one JSON-LD file to import.' },
  annotationsImported: {
    'zh-CN': '已从 {file} 导入 {count} 条批注（其中 {orphaned} 条未能定位，作为孤立批注保留）；跳过 {skipped} 条',
    en: 'Imported {count} annotations from {file} ({orphaned} not placed, kept as orphans); {skipped} skipped',
  },
  annotationsForeign: { 'zh-CN': '跳过 {id}：目标不是本资料库的文件（{source}）', en: 'Skipped {id}: its target is not a library document ({source})' },
  annotationsNoDocument: { 'zh-CN': '跳过 {id}：资料库中没有 {source}', en: 'Skipped {id}: {source} is not in the library' },
  backupOneFile: { 'zh-CN': '请指定一个备份文件。', en: 'Name exactly one backup file.' },
  backupExists: { 'zh-CN': '{file} 已存在，未覆盖。请换一个文件名。', en: '{file} already exists and was not overwritten; choose another name.' },
  backedUp: { 'zh-CN': '已将资料库备份到 {file}', en: 'Backed the library up to {file}' },
  restored: {
    'zh-CN': '已从 {file} 恢复资料库。原资料库已另存为：{safety}',
    en: 'Restored the library from {file}. The library it replaced was saved as: {safety}',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof text;

export function msg(key: MessageKey, locale: Locale, params: Params = {}): string {
  return text[key][locale].replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
