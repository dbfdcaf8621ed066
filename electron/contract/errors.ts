import type { ApiErrorPayload, ErrorCode, Locale } from './contract.ts';

/** A value may differ by locale, e.g. a reason that is itself a sentence. */
export type Params = Record<string, string | number | Record<Locale, string>>;

const messages: Record<ErrorCode, Record<Locale, string>> = {
  invalid_argument: {
    'zh-CN': '请求的参数不正确：{what}',
    en: 'The request had invalid arguments: {what}',
  },
  unknown_method: { 'zh-CN': '不支持的操作：{method}', en: 'Unsupported operation: {method}' },
  not_found: { 'zh-CN': '找不到{what}，它可能已被删除。', en: 'The {what} was not found; it may have been deleted.' },
  library_too_new: {
    'zh-CN': '资料库由更新版本的研读创建（版本 {found}，本程序支持到 {supported}）。请升级研读后再打开；资料库未作任何改动。',
    en: 'This library was made by a newer Briefing Reader (schema {found}; this app supports {supported}). Upgrade the app to open it; the library was not changed.',
  },
  backup_invalid: {
    'zh-CN': '无法从“{file}”恢复：{reason}资料库未作任何改动。',
    en: 'Cannot restore from "{file}": {reason} The library was not changed.',
  },
  export_failed: { 'zh-CN': '无法导出：{reason}', en: 'Cannot export: {reason}' },
  import_failed: { 'zh-CN': '无法导入“{file}”：{reason}资料库未作任何改动。', en: 'Cannot import "{file}": {reason} The library was not changed.' },
  tag_exists: { 'zh-CN': '已有名为“{name}”的标签。', en: 'A tag named "{name}" already exists.' },
  invalid_range: {
    'zh-CN': '所选的文字不在这篇文件中，或文件已经改变。请重新选择后再试。',
    en: 'The selected text is not in this document, or the document has changed. Select it again and retry.',
  },
  forbidden: { 'zh-CN': '拒绝访问：{why}', en: 'Access refused: {why}' },
  unavailable: {
    'zh-CN': '无法连接到研读服务，请确认程序仍在运行。',
    en: 'Cannot reach the Briefing Reader service; make sure it is still running.',
  },
  internal: {
    'zh-CN': '发生了意外错误，操作未完成，资料库保持原样。',
    en: 'An unexpected error stopped the operation; the library is unchanged.',
  },
};

function fill(template: string, params: Params, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

export function errorPayload(code: ErrorCode, params: Params = {}, details?: string[]): ApiErrorPayload {
  const m = messages[code];
  return {
    code,
    message: { 'zh-CN': fill(m['zh-CN'], params, 'zh-CN'), en: fill(m.en, params, 'en') },
    ...(details ? { details } : {}),
  };
}

/** An error meant for the user: it carries its code and a message in every locale. */
export class ApiError extends Error {
  readonly payload: ApiErrorPayload;

  constructor(payload: ApiErrorPayload) {
    super(payload.message.en);
    this.name = 'ApiError';
    this.payload = payload;
  }

  get code(): ErrorCode {
    return this.payload.code;
  }

  static of(code: ErrorCode, params: Params = {}, details?: string[]): ApiError {
    return new ApiError(errorPayload(code, params, details));
  }
}
