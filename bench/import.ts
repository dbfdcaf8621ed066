/**
 * import_mb_per_s: the corpus imported through the API the import screen uses: the file
 * read and sent, parsed in the import worker, its draft committed (stored and indexed).
 * Two files are in flight, so one is parsed while the other is stored.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CorpusFile } from './corpus.ts';
import { settle, type ServiceHost } from './host.ts';
import type { Figure } from './metrics.ts';

export async function importFile(host: ServiceHost, file: CorpusFile): Promise<number> {
  const data = Buffer.from(file.text).toString('base64');
  const started = await host.call('startImport', { fileName: file.name, data });
  const job = await settle(started, () => host.call('getImportJob', { id: started.id }), 'reading');
  if (job.state !== 'ready' || !job.draft) throw new Error(`import of ${file.name} failed: ${JSON.stringify(job.error)}`);
  const { briefing } = await host.call('commitImport', { id: job.id, draft: job.draft });
  return briefing.id;
}

/** `paths` are written beforehand (corpus.ts writeCorpus), so generating never counts as importing. */
export async function measureImport(host: ServiceHost, paths: readonly string[], bytes: number): Promise<{ figure: Figure; seconds: number }> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      await importFile(host, { name: basename(path), text: readFileSync(path, 'utf8') });
    }
  };
  const started = performance.now();
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - started) / 1000;
  return {
    figure: { metric: 'import_mb_per_s', value: bytes / 1e6 / seconds, unit: 'MB/s', target: { op: '>=', value: 20 } },
    seconds,
  };
}
