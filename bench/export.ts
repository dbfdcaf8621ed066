/** docx_export_ms, pdf_export_ms: a session of 1,000 annotations exported by the service, until the file is in hand. */
import type { ExportFormat } from '../electron/api/contract.ts';
import { settle, type ServiceHost } from './host.ts';
import { median, timed, type Figure } from './metrics.ts';

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

export async function measureExport(host: ServiceHost, sessionId: number, runs: number): Promise<Figure[]> {
  const times = async (format: ExportFormat) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await exportOnce(host, sessionId, format));
    return median(ms);
  };
  return [
    { metric: 'docx_export_ms', value: await times('docx'), unit: 'ms', target: { op: '<=', value: 1000 } },
    { metric: 'pdf_export_ms', value: await times('pdf'), unit: 'ms', target: { op: '<=', value: 3000 } },
  ];
}
