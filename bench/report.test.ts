import { describe, expect, it } from 'vitest';
import { skipped, versus, type Figure } from './metrics.ts';
import { jsonLines, table } from './report.ts';

const rss = (value: number, limit: number): Figure => ({ metric: 'peak_rss_mb', value, unit: 'MB', target: { op: '<=', value: limit } });

describe('versus', () => {
  it('divides the peer’s cost by ours, so bigger is better for us', () => {
    expect(versus('search_vs_ripgrep', { ours: 2, theirs: 30 }).value).toBe(15);
    expect(versus('import_vs_floor', { ours: 10, theirs: 1 }).value).toBeCloseTo(0.1);
  });
});

describe('jsonLines', () => {
  it('prints one object per figure and scale, a skipped figure with its reason instead of a value', () => {
    const lines = jsonLines([
      { mb: 10, figures: [rss(123.456, 400), skipped('docx_vs_pandoc', 'pandoc not found')] },
      { mb: 100, figures: [rss(350, 400)] },
    ]).split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { metric: 'peak_rss_mb', value: 123, unit: 'MB', scale_mb: 10 },
      { metric: 'docx_vs_pandoc', skipped: 'pandoc not found', scale_mb: 10 },
      { metric: 'peak_rss_mb', value: 350, unit: 'MB', scale_mb: 100 },
    ]);
  });
});

describe('table', () => {
  it('has a column per scale, flags a missed target and gives each scale its own target where they differ', () => {
    const text = table([
      { mb: 100, figures: [rss(380, 400), skipped('docx_vs_pandoc', 'pandoc not found')] },
      { mb: 1000, figures: [rss(650, 600), { metric: 'docx_vs_pandoc', value: 2.5, unit: '×' }] },
    ]);
    const [header, memory, pandoc, , reason] = text.split('\n');
    expect(header).toMatch(/^metric\s+unit\s+target\s+100 MB\s+1000 MB$/);
    expect(memory).toMatch(/^peak_rss_mb\s+MB\s+≤ 400 at 100 MB; ≤ 600 at 1000 MB\s+380\s+650 MISSED$/);
    expect(pandoc).toMatch(/^docx_vs_pandoc\s+×\s+skipped\s+2\.50$/);
    expect(reason).toBe('docx_vs_pandoc skipped at 100 MB: pandoc not found');
  });
});
