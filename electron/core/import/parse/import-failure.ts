export type ImportFailureReason =
  | 'empty'
  | 'binary'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'no-text'
  // A .briefing pack that is not one, is of a newer format, or breaks its format's rules.
  | 'not-a-pack'
  | 'pack-too-new'
  | 'pack-too-large'
  | 'pack-invalid';

/**
 * The one error the importer throws on purpose. The caller maps `reason` to a
 * localized message; `detail` is for logs and is never shown as-is.
 */
export class ImportFailure extends Error {
  readonly reason: ImportFailureReason;
  readonly detail?: string;

  constructor(reason: ImportFailureReason, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${reason}: ${detail}` : reason, options);
    this.name = 'ImportFailure';
    this.reason = reason;
    if (detail !== undefined) this.detail = detail;
  }
}
