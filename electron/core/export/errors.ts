import type { Locale } from '@contract/contract.ts';

export type ExportFailureReason = 'no-chromium' | 'pdf-failed' | 'not-found';

/**
 * The one error the export engine throws on purpose (a cancelled export throws the
 * signal's reason instead). `detail` is for logs; the user sees {@link exportFailureMessage}.
 */
export class ExportFailure extends Error {
  readonly reason: ExportFailureReason;
  readonly detail?: string;

  constructor(reason: ExportFailureReason, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${reason}: ${detail}` : reason, options);
    this.name = 'ExportFailure';
    this.reason = reason;
    if (detail !== undefined) this.detail = detail;
  }
}

const messages: Record<ExportFailureReason, Record<Locale, string>> = {
  'no-chromium': {
    'zh-CN': '生成 PDF 需要 Chrome、Edge 或 Chromium 浏览器，但本机没有找到。请安装其中之一，或先导出 Word 文件再另存为 PDF。',
    en: 'Making a PDF needs Chrome, Edge or Chromium, and none was found on this computer. Install one, or export to Word and save that as PDF.',
  },
  'pdf-failed': {
    'zh-CN': '浏览器未能生成 PDF，请重试；若仍不成功，可先导出 Word 文件。',
    en: 'The browser could not make the PDF. Try again; if it still fails, export to Word instead.',
  },
  'not-found': {
    'zh-CN': '要导出的内容已不存在，可能已被删除。',
    en: 'What was to be exported no longer exists; it may have been deleted.',
  },
};

/** The sentence to show for a failure, in every locale (for `ApiError` parameters). */
export const exportFailureMessage = (reason: ExportFailureReason): Record<Locale, string> => messages[reason];
