/**
 * docx_export_ms, pdf_export_ms: a session of 1,000 annotations exported by the service,
 * until the file is in hand. docx_vs_pandoc: pandoc's time to write the same session as
 * .docx from Markdown (pandoc.ts) over the Word export's, medians of the same number of runs.
 */
import { join } from 'node:path';
import type { ExportFormat } from '@contract/contract.ts';
import { settle, type ServiceHost } from './host.ts';
import { median, skipped, timed, versus, type Figure } from './metrics.ts';
import { pandocDocxMs, writeMarkdown } from './pandoc.ts';
import { missingTool } from './peer-tools.ts';

async function exportOnce(host: ServiceHost, sessionId: number, format: ExportFormat): Promise<number> {
  let size = 0;
  const ms = await timed(async () => {
    const started = await host.call('startExport', { scope: { kind: 'session', sessionId }, format });
    const job = await settle(started, () => host.call('getExportJob', { id: started.id }), 'running');
    if (job.state !== 'done') throw new Error(`${format} export failed: ${JSON.stringify(job.error)}`);
    size = (await host.call('takeExport', { id: job.id })).data.length;
  });
  if (size === 0) throw new Error(`${format} export was empty`);
  return ms;
}

async function pandocFigure(host: ServiceHost, sessionId: number, runs: number, docxMs: number, dir: string): Promise<Figure> {
  const missing = missingTool('pandoc', 'pandoc');
  if (missing) return skipped('docx_vs_pandoc', missing);
  const session = await host.call('getSession', { id: sessionId });
  const ids = [...new Set(session.items.flatMap((i) => (i.kind === 'annotation' ? [i.annotation.documentId] : [])))];
  const titles = new Map(await Promise.all(ids.map(async (id) => [id, (await host.call('getDocument', { id })).title] as const)));
  const markdown = join(dir, 'session.md');
  writeMarkdown(markdown, session, titles);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await pandocDocxMs(markdown, join(dir, 'session.docx')));
  return versus('docx_vs_pandoc', { ours: docxMs, theirs: median(ms) });
}

export async function measureExport(host: ServiceHost, sessionId: number, runs: number, dir: string): Promise<Figure[]> {
  const times = async (format: ExportFormat) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await exportOnce(host, sessionId, format));
    return median(ms);
  };
  const docxMs = await times('docx');
  return [
    { metric: 'docx_export_ms', value: docxMs, unit: 'ms', target: { op: '<=', value: 1000 } },
    await pandocFigure(host, sessionId, runs, docxMs, dir),
    { metric: 'pdf_export_ms', value: await times('pdf'), unit: 'ms', target: { op: '<=', value: 3000 } },
  ];
}
