/**
 * `npm run bench [-- --json] [-- --quick]`: builds a seeded library, serves it with the
 * real browser host and measures import, search (against a full scan in the same run),
 * opening and annotating a long document in Chromium, exporting, and memory.
 * Figures go to stdout (a table, or one JSON object per line); progress goes to stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate } from './annotated-document.ts';
import { corpusFiles, largeDocument, samplePieces, searchQueries } from './corpus.ts';
import { measureExport } from './export.ts';
import { startService } from './host.ts';
import { importFile, measureImport } from './import.ts';
import type { Figure } from './metrics.ts';
import { measureReader } from './reader.ts';
import { jsonLines, table } from './report.ts';
import { measureSearch } from './search.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});

const scale = args.quick
  ? { bytes: 10e6, documents: 500, largeChars: 300_000, annotations: 1000, opens: 2, highlights: 10, exports: 1 }
  : { bytes: 100e6, documents: 5000, largeChars: 300_000, annotations: 1000, opens: 5, highlights: 50, exports: 3 };
const seed = Number(args.seed);
const log = (line: string) => process.stderr.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const dbPath = join(dir, 'library.sqlite3');
const host = await startService(dbPath);
const figures: Figure[] = [];
try {
  const pieces = samplePieces();
  const files = [...corpusFiles(pieces, { seed, bytes: scale.bytes, documents: scale.documents, documentsPerFile: 25 })];
  log(`corpus: ${files.length} files, ${scale.documents} documents (seed ${seed}); importing…`);
  const imported = await measureImport(host, files);
  figures.push(imported.figure);
  log(`imported ${(imported.bytes / 1e6).toFixed(1)} MB in ${imported.seconds.toFixed(1)} s`);

  const briefingId = await importFile(host, largeDocument(pieces, seed, scale.largeChars));
  const [large] = (await host.call('listDocuments', { briefingId })).documents;
  const detail = await host.call('getDocument', { id: large!.id });
  const { sessionId } = await annotate(host, detail, pieces, scale.annotations, seed);
  log(`long document: ${detail.blocks.reduce((n, b) => n + b.text.length, 0)} characters, ${scale.annotations} annotations`);

  const search = await measureSearch(host, dbPath, searchQueries(pieces, seed));
  figures.push(...search.figures);
  for (const k of search.byKind) log(`  ${k.kind.padEnd(9)} search p50 ${k.searchP50.toFixed(1)} ms, p95 ${k.searchP95.toFixed(1)} ms; in process: indexed p50 ${k.indexedP50.toFixed(1)} ms, scan p50 ${k.scanP50.toFixed(0)} ms`);

  log('reader in Chromium…');
  figures.push(...(await measureReader(host, large!.id, scale.annotations, { opens: scale.opens, highlights: scale.highlights }, log)));
  log('exports…');
  figures.push(...(await measureExport(host, sessionId, scale.exports)));
  figures.push({ metric: 'peak_rss_mb', value: host.peakRssMb(), unit: 'MB', target: { op: '<=', value: 400 } });
} finally {
  await host.stop();
  if (args.keep) log(`library kept at ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (args.json) console.log(jsonLines(figures));
else {
  console.log(`${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()[0]!.toFixed(1)}; ${args.quick ? 'quick run' : 'full run'}\n`);
  console.log(table(figures));
}
