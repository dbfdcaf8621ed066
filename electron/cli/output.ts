import type { DocumentSummary, Locale } from '@contract/contract.ts';

const headers: Record<Locale, string[]> = {
  'zh-CN': ['编号', '标题', '单位', '发言人'],
  en: ['ID', 'Title', 'Unit', 'Speaker'],
};

/** Display width: CJK and full-width characters take two terminal columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function documentTable(docs: DocumentSummary[], locale: Locale): string {
  const rows = docs.map((d) => [String(d.id), d.title, d.unit ?? '', d.speaker?.name ?? '']);
  const all = [headers[locale], ...rows];
  const widths = headers[locale].map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  return all.map((r) => r.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
