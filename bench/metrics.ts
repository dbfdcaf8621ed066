/** A figure, its target, and the small statistics the measurements share. */
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  /** Higher is better for throughputs and ratios, lower for times and memory; some figures only inform. */
  target?: { op: '<=' | '>='; value: number };
  /** Why the figure could not be measured (a peer missing from this machine); `value` is then meaningless. */
  skipped?: string;
}

export const meets = ({ value, target, skipped }: Figure): boolean | null =>
  target && !skipped ? (target.op === '<=' ? value <= target.value : value >= target.value) : null;

export const skipped = (metric: string, reason: string): Figure => ({ metric, value: 0, unit: '', skipped: reason });

/**
 * A peer's figure, named `<ours>_vs_<peer>`: the peer's cost over ours (time, or time for
 * the same bytes), so that bigger is always better for us and 1 means a tie.
 */
export const versus = (metric: string, costs: { ours: number; theirs: number }, target?: Figure['target']): Figure => ({
  metric,
  value: costs.theirs / costs.ours,
  unit: '×',
  ...(target ? { target } : {}),
});

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
