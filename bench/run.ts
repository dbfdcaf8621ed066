/**
 * `npm run bench [-- --json] [-- --quick] [-- --scale 10,100,1000]`: for each scale (MB of
 * text, default 100; --quick: 10 and fewer repeats) builds a seeded library, serves it
 * with the real browser host and measures import (against the floor of storing the same
 * text), search (against a full scan, ripgrep and SQLite's FTS5 trigram tokenizer, and
 * checked against an exact substring scan), opening and annotating a long document in
 * Chromium, exporting (Word against pandoc), and memory, all in the same run.
 * Figures go to stdout (a table with a column per scale, or one JSON object per line
 * and scale); progress goes to stderr.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate } from './annotated-document.ts';
import { largeDocument, samplePieces, searchQueries, writeCorpus, type SamplePieces } from './corpus.ts';
import { measureExport } from './export.ts';
import { floorSeconds } from './floor.ts';
import { startService } from './host.ts';
import { importFile, measureImport } from './import.ts';
import { versus, type Figure } from './metrics.ts';
import { measureReader } from './reader.ts';
import { jsonLines, table, type ScaleFigures } from './report.ts';
import { atGigabyte, parseScales, scaleOf, type Scale } from './scale.ts';
import { measureSearch } from './search.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});

const scales = parseScales(args.scale ?? (args.quick ? '10' : '100')).map((mb) => scaleOf(mb, args.quick));
const seed = Number(args.seed);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The machine is shared: the load while the figures were taken says how far to trust them. */
const loads: number[] = [];
const sampleLoad = () => loads.push(loadavg()[0]!);
sampleLoad();
const sampler = setInterval(sampleLoad, 5000);

async function measureScale(scale: Scale, pieces: SamplePieces): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), `briefing-bench-${scale.mb}mb-`));
  const dbPath = join(dir, 'library.sqlite3');
  const figures: Figure[] = [];
  try {
    const corpus = writeCorpus(join(dir, 'corpus'), pieces, { seed, bytes: scale.bytes, documents: scale.documents, documentsPerFile: scale.documentsPerFile });
    log(`[${scale.mb} MB] corpus: ${corpus.paths.length} files, ${scale.documents} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB (seed ${seed})`);
    const floor = floorSeconds(join(dir, 'floor.sqlite3'), corpus.paths);
    rmSync(join(dir, 'floor.sqlite3'), { force: true });
    log(`  floor: the same text stored in one transaction with no index in ${floor.toFixed(1)} s; importing…`);
    const host = await startService(dbPath);
    try {
      const imported = await measureImport(host, corpus.paths, corpus.bytes);
      figures.push(imported.figure, versus('import_vs_floor', { ours: imported.seconds, theirs: floor }));
      log(`  imported in ${imported.seconds.toFixed(1)} s`);

      const briefingId = await importFile(host, largeDocument(pieces, seed, scale.largeChars));
      const [large] = (await host.call('listDocuments', { briefingId })).documents;
      const detail = await host.call('getDocument', { id: large!.id });
      const { sessionId } = await annotate(host, detail, pieces, scale.annotations, seed);
      log(`  long document: ${detail.blocks.reduce((n, b) => n + b.text.length, 0)} characters, ${scale.annotations} annotations`);

      const search = await measureSearch(host, dbPath, searchQueries(pieces, seed), { dir: join(dir, 'peers'), mb: scale.mb, log });
      figures.push(...search.figures);
      for (const k of search.byKind) log(`  ${k.kind.padEnd(9)} search p50 ${k.searchP50.toFixed(1)} ms, p95 ${k.searchP95.toFixed(1)} ms; in process: indexed p50 ${k.indexedP50.toFixed(1)} ms, scan p50 ${k.scanP50.toFixed(0)} ms`);
      rmSync(join(dir, 'peers'), { recursive: true, force: true });

      log('  reader in Chromium…');
      figures.push(...(await measureReader(host, large!.id, scale.annotations, { opens: scale.opens, highlights: scale.highlights }, log)));
      log('  exports…');
      mkdirSync(join(dir, 'export'));
      figures.push(...(await measureExport(host, sessionId, scale.exports, join(dir, 'export'))));
      figures.push({ metric: 'peak_rss_mb', value: host.peakRssMb(), unit: 'MB', target: { op: '<=', value: atGigabyte(scale.mb) ? 600 : 400 } });
    } finally {
      await host.stop();
    }
  } finally {
    if (args.keep) log(`  library kept at ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

const started = performance.now();
const runs: ScaleFigures[] = [];
try {
  const pieces = samplePieces();
  for (const scale of scales) runs.push({ mb: scale.mb, figures: await measureScale(scale, pieces) });
} finally {
  clearInterval(sampler);
}
const minutes = (performance.now() - started) / 60_000;

const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
const machine =
  `${cpus().length} cores (${cpus()[0]?.model.trim()}); 1-minute load average during the run ${mean.toFixed(1)} on average, ` +
  `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ${args.quick ? 'quick' : 'full'} run of ${minutes.toFixed(1)} minutes`;
if (args.json) {
  log(machine);
  console.log(jsonLines(runs));
} else console.log(`${machine}\n\n${table(runs)}`);
