import { say, type Localized } from '@contract/messages/index.ts';

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

/** The sentence to show for a failure, in every locale (for `ApiError` parameters). */
export const exportFailureMessage = (reason: ExportFailureReason): Localized => say('export', reason);
