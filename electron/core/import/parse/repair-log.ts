import { createHash } from 'node:crypto';
import { repairMessage, type RepairDetail } from './messages.ts';
import type { ImportNotice, Locale, ParseOptions } from './types.ts';

/**
 * Decides, repair by repair, whether the user undid it, and writes the notice of
 * each one applied. One instance per parse, so it holds no state between parses.
 */
export class RepairLog {
  private readonly locale: Locale;
  private readonly skip: ReadonlySet<string>;
  private readonly seen = new Map<string, number>();

  constructor(options: ParseOptions = {}) {
    this.locale = options.locale ?? 'zh-CN';
    this.skip = options.skip ?? new Set();
  }

  /**
   * The id comes from the repair's kind and the text it touched, so it survives a
   * re-parse of the same file whatever else was undone. A second repair with the
   * same key (repeated wording) gets a counter.
   */
  private idFor(kind: string, key: string): string {
    const base = `${kind}-${createHash('sha256').update(`${kind}\u0000${key}`).digest('hex').slice(0, 12)}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }

  /** Returns whether to apply the repair; when it does, the notice goes into `into`. */
  apply(into: ImportNotice[], key: string, detail: RepairDetail): boolean {
    const id = this.idFor(detail.kind, key);
    if (this.skip.has(id)) return false;
    into.push({ id, kind: detail.kind, message: repairMessage(detail, this.locale) });
    return true;
  }
}
