import type { Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { ImportFailure } from './parse/import-failure.ts';

const reasons: Record<ImportFailure['reason'], Record<Locale, string>> = {
  empty: { 'zh-CN': '文件是空的。', en: 'The file is empty.' },
  binary: { 'zh-CN': '文件不是文本，可能是图片或程序文件。', en: 'The file is not text; it may be an image or a program.' },
  'unsupported-format': {
    'zh-CN': '不支持这种文件格式，请使用 txt、md、html、mhtml、docx 或 pdf。',
    en: 'This file format is not supported; use txt, md, html, mhtml, docx or pdf.',
  },
  corrupt: { 'zh-CN': '文件已损坏或不完整。', en: 'The file is damaged or incomplete.' },
  encrypted: { 'zh-CN': '文件有密码保护，请先取消密码。', en: 'The file is password-protected; remove the password first.' },
  'too-large': { 'zh-CN': '文件过大（上限 64 MB）。', en: 'The file is too large (the limit is 64 MB).' },
  'no-text': {
    'zh-CN': '文件中没有可读取的文字（扫描版 PDF 需先做文字识别）。',
    en: 'The file has no readable text (a scanned PDF needs text recognition first).',
  },
  'not-a-pack': { 'zh-CN': '文件不是研读资料包（.briefing）。', en: 'The file is not a Briefing Reader pack (.briefing).' },
  'pack-too-new': {
    'zh-CN': '资料包由更新版本的研读制作，请升级研读后再导入。',
    en: 'The pack was made by a newer Briefing Reader; upgrade the app to import it.',
  },
  'pack-too-large': {
    'zh-CN': '资料包解压后过大（上限 256 MB），文件可能已损坏或被篡改。',
    en: 'The pack unpacks to more than 256 MB; the file may be damaged or tampered with.',
  },
  'pack-invalid': { 'zh-CN': '资料包的内容不符合格式，可能已损坏。', en: 'The pack’s content does not follow the format; it may be damaged.' },
};

/** Turns the importer's failure into the error every transport shows the user. */
export function importError(err: unknown, file: string): unknown {
  if (err instanceof ImportFailure) return ApiError.of('import_failed', { file, reason: reasons[err.reason] });
  return err;
}
