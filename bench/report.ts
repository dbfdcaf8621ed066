/** The figures as a table for a person (a column per scale), or as JSON lines for a machine. */
import { meets, type Figure } from './metrics.ts';

/** One scale's figures. */
export interface ScaleFigures {
  mb: number;
  figures: readonly Figure[];
}

const shown = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

const targetText = ({ target }: Figure): string => (target ? `${target.op === '<=' ? '≤' : '≥'} ${target.value}` : '');

export function jsonLines(runs: readonly ScaleFigures[]): string {
  return runs
    .flatMap(({ mb, figures }) =>
      figures.map(({ metric, value, unit, skipped }) =>
        JSON.stringify(skipped ? { metric, skipped, scale_mb: mb } : { metric, value: Number(shown(value)), unit, scale_mb: mb }),
      ),
    )
    .join('\n');
}

/** The target column: one target, or each scale's where they differ. */
function targets(runs: readonly ScaleFigures[], metric: string): string {
  const perScale = runs.map(({ mb, figures }) => ({ mb, text: targetText(figures.find((f) => f.metric === metric) ?? { metric, value: 0, unit: '' }) }));
  const distinct = [...new Set(perScale.map((t) => t.text))];
  if (distinct.length <= 1) return distinct[0] ?? '';
  return distinct
    .filter((text) => text !== '')
    .map((text) => `${text} at ${perScale.filter((t) => t.text === text).map((t) => t.mb).join(', ')} MB`)
    .join('; ');
}

function cell(figure: Figure | undefined): string {
  if (!figure) return '';
  if (figure.skipped) return 'skipped';
  return meets(figure) === false ? `${shown(figure.value)} MISSED` : shown(figure.value);
}

/** Metrics in the order first measured; a value that misses its target says so; skipped figures give their reasons below. */
export function table(runs: readonly ScaleFigures[]): string {
  const metrics = [...new Set(runs.flatMap((r) => r.figures.map((f) => f.metric)))];
  const rows = metrics.map((metric) => {
    const at = runs.map((r) => r.figures.find((f) => f.metric === metric));
    const unit = at.find((f) => f && !f.skipped)?.unit ?? '';
    return [metric, unit, targets(runs, metric), ...at.map(cell)];
  });
  const all = [['metric', 'unit', 'target', ...runs.map((r) => `${r.mb} MB`)], ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const lines = all.map((r) => r.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
  const reasons = runs.flatMap(({ mb, figures }) => figures.filter((f) => f.skipped).map((f) => `${f.metric} skipped at ${mb} MB: ${f.skipped}`));
  return [...lines, ...(reasons.length ? ['', ...reasons] : [])].join('\n');
}
