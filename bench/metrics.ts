/** A figure, its target, and the small statistics the measurements share. */
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  /** Higher is better for throughputs and ratios, lower for times and memory; some figures only inform. */
  target?: { op: '<=' | '>='; value: number };
}

export const meets = ({ value, target }: Figure): boolean | null =>
  target ? (target.op === '<=' ? value <= target.value : value >= target.value) : null;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
