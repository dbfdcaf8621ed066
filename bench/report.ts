/** The figures as a table for a person, or as JSON lines for a machine. */
import { meets, type Figure } from './metrics.ts';

const shown = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

export function jsonLines(figures: readonly Figure[]): string {
  return figures.map(({ metric, value, unit }) => JSON.stringify({ metric, value: Number(shown(value)), unit })).join('\n');
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = meets(f);
    return [f.metric, shown(f.value), f.unit, f.target ? `${f.target.op} ${f.target.value}` : '', ok === null ? '' : ok ? 'met' : 'MISSED'];
  });
  const all = [['metric', 'value', 'unit', 'target', ''], ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}
