import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { BriefingApi, Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { startHost } from '@host/server.ts';
import type { ImportWorkerConfig } from '@core/import/worker/parse-in-worker.ts';
import { warmChromium, warmChromiumPrinter, type PdfPrinter } from '@core/export/index.ts';
import { openLibraryCore, type LibraryCoreOptions } from '@core/compose.ts';
import { resolveLibraryPath } from '@core/library/paths.ts';
import { appVersion } from '@core/shared/version.ts';
import { backupCommand, restoreCommand } from './backup-command.ts';
import { annotationsCommand } from './annotations-command.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { openCliApi } from './cli-api.ts';
import { packCommand } from './pack-command.ts';
import { searchCommand } from './search-command.ts';
import { cliLocale } from './locale.ts';
import { msg } from './messages.ts';
import { documentTable } from './output.ts';
import { UsageError } from './usage-error.ts';

export interface CliResources {
  samplePath: string;
  rendererDir: string;
  importWorker: ImportWorkerConfig;
}

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Where `serve` leaves what to do when the process is asked to stop (entry.ts: SIGINT, SIGTERM). */
  onStop?: (stop: () => Promise<void>) => void;
}

/** A serving host keeps its Chromium this long after a PDF, for the next one. */
const warmPdfIdleMs = 5 * 60_000;


const options = {
  db: { type: 'string' },
  'no-sample': { type: 'boolean' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  limit: { type: 'string' },
  'dry-run': { type: 'boolean' },
  replace: { type: 'string' },
  session: { type: 'string' },
  uri: { type: 'string' },
  tag: { type: 'string' },
  all: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  template: { type: 'string' },
  'with-notes': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** Runs one CLI invocation; resolves to the exit code, or never for `serve`, which runs until stopped. */
export async function runCli(argv: string[], resources: CliResources, io: CliIO): Promise<number> {
  const locale = cliLocale(io.env);
  try {
    return await dispatchCommand(argv, resources, io, locale);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    if (err instanceof ApiError) {
      io.err(err.payload.message[locale]);
      return 1;
    }
    throw err;
  }
}

async function dispatchCommand(argv: string[], resources: CliResources, io: CliIO, locale: Locale): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(msg('badOption', locale, { detail: (err as Error).message }));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(appVersion);
    return 0;
  }
  if (values.help || !command) {
    io.out(msg('usage', locale));
    return values.help ? 0 : 2;
  }

  const coreOptions = (printPdf?: PdfPrinter): LibraryCoreOptions => ({
    path: resolveLibraryPath(values.db, io.env),
    version: appVersion,
    samplePath: values['no-sample'] ? null : resources.samplePath,
    importWorker: resources.importWorker,
    ...(printPdf ? { printPdf } : {}),
    // A bug reaches the user as the API's internal error; its trace goes to stderr for a report.
    onUnexpected: (err) => io.err(`briefing: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  });
  /** Runs `use` with the API over this library, closing the library after if a call opened it. */
  const withApi = async (use: (api: BriefingApi) => Promise<number>): Promise<number> => {
    const cli = openCliApi(coreOptions());
    try {
      return await use(cli.api);
    } finally {
      await cli.close();
    }
  };

  switch (command) {
    case 'list':
      return withApi(async (api) => {
        const { documents } = await api.listDocuments({});
        if (values.json) io.out(JSON.stringify(documents, null, 2));
        else io.out(documents.length ? documentTable(documents, locale) : msg('emptyLibrary', locale));
        return 0;
      });
    case 'search':
      return withApi((api) => searchCommand(rest, { limit: values.limit, json: !!values.json }, api, io.out, locale));
    case 'import':
      return withApi((api) => importCommand(rest, { json: !!values.json, dryRun: !!values['dry-run'], replace: values.replace }, api, io.out, locale));
    case 'export': {
      const flags = { session: values.session, uri: values.uri, tag: values.tag, all: !!values.all, format: values.format, out: values.out, template: values.template };
      return withApi((api) => exportCommand(flags, api, io.out, locale));
    }
    case 'pack':
      return withApi((api) => packCommand(rest, { out: values.out, withNotes: !!values['with-notes'] }, api, io.out, locale));
    case 'backup':
      return withApi((api) => backupCommand(rest, api, io.out, locale));
    case 'restore':
      return withApi((api) => restoreCommand(rest, api, io.out, locale));
    case 'annotations': {
      const flags = { uri: values.uri, format: values.format, out: values.out, json: !!values.json };
      return withApi((api) => annotationsCommand(rest, flags, api, io.out, locale));
    }
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(msg('badPort', locale, { value: values.port ?? '' }));
      // One export after another prints with the same Chromium instead of starting one each time.
      const chromium = warmChromium({ idleMs: warmPdfIdleMs });
      const library = await openLibraryCore(coreOptions(warmChromiumPrinter(chromium)));
      try {
        const host = await startHost({ dispatch: library.dispatch, staticDir: resources.rendererDir, port });
        io.out(msg('serving', locale, { url: host.url }));
        io.onStop?.(async () => {
          await Promise.all([host.close(), chromium.close()]);
          library.close();
        });
      } catch (err) {
        await chromium.close();
        library.close();
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(msg('portInUse', locale, { port }));
        throw err;
      }
      return new Promise<number>(() => {});
    }
    default:
      throw new UsageError(msg('unknownCommand', locale, { name: command }));
  }
}
