import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ApiMethod, ApiResult, Locale } from '../api/contract.ts';
import { ApiError } from '../api/errors.ts';
import { startHost } from '../host/server.ts';
import { importError } from '../services/import-errors.ts';
import { importFile } from '../services/import-service.ts';
import { parseInWorker, type ImportWorkerConfig } from '../services/import-worker/parse-in-worker.ts';
import { openLibrarySession, type LibrarySession } from '../services/library-session.ts';
import { resolveLibraryPath } from '../services/paths.ts';
import { briefingUri } from '../services/uris.ts';
import { appVersion } from '../services/version.ts';
import { cliLocale } from './locale.ts';
import { msg } from './messages.ts';
import { documentTable } from './output.ts';

export interface CliResources {
  samplePath: string;
  rendererDir: string;
  importWorker: ImportWorkerConfig;
}

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** A mistake of the user's: printed as one line, never with a stack trace. */
class UsageError extends Error {}

const options = {
  db: { type: 'string' },
  'no-sample': { type: 'boolean' },
  json: { type: 'boolean' },
  port: { type: 'string' },
  'dry-run': { type: 'boolean' },
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

  const open = () =>
    openLibrarySession({
      path: resolveLibraryPath(values.db, io.env),
      version: appVersion,
      samplePath: values['no-sample'] ? null : resources.samplePath,
      importWorker: resources.importWorker,
    });
  const call = async <M extends ApiMethod>(session: LibrarySession, method: M, arg: unknown): Promise<ApiResult<M>> => {
    const envelope = await session.dispatch(method, arg);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value as ApiResult<M>;
  };

  switch (command) {
    case 'list': {
      const session = await open();
      try {
        const { documents } = await call(session, 'listDocuments', {});
        if (values.json) io.out(JSON.stringify(documents, null, 2));
        else io.out(documents.length ? documentTable(documents, locale) : msg('emptyLibrary', locale));
        return 0;
      } finally {
        session.close();
      }
    }
    case 'import':
      return importCommand(rest, { json: !!values.json, dryRun: !!values['dry-run'] }, resources, open, io, locale);
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(msg('badPort', locale, { value: values.port ?? '' }));
      const session = await open();
      try {
        const host = await startHost({ dispatch: session.dispatch, staticDir: resources.rendererDir, port });
        io.out(msg('serving', locale, { url: host.url }));
      } catch (err) {
        session.close();
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(msg('portInUse', locale, { port }));
        throw err;
      }
      return new Promise<number>(() => {});
    }
    default:
      throw new UsageError(msg('unknownCommand', locale, { name: command }));
  }
}

async function importCommand(
  files: string[],
  flags: { json: boolean; dryRun: boolean },
  resources: CliResources,
  open: () => Promise<LibrarySession>,
  io: CliIO,
  locale: Locale,
): Promise<number> {
  if (files.length === 0) throw new UsageError(msg('noFiles', locale));
  const inputs: { file: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    try {
      inputs.push({ file, bytes: await readFile(file) });
    } catch (err) {
      throw new UsageError(msg('cannotRead', locale, { file, why: (err as NodeJS.ErrnoException).code ?? String(err) }));
    }
  }
  if (flags.dryRun) {
    const parsed = [];
    for (const { file, bytes } of inputs) {
      try {
        parsed.push(await parseInWorker(resources.importWorker, bytes, basename(file), { locale }));
      } catch (err) {
        throw importError(err, basename(file));
      }
    }
    io.out(flags.json ? JSON.stringify(parsed.length === 1 ? parsed[0] : parsed, null, 2) : parsed.map((p) => p.documents.map((d) => d.title).join('\n')).join('\n\n'));
    return 0;
  }
  const session = await open();
  try {
    const results = [];
    for (const { file, bytes } of inputs) {
      const { briefingId, parsed } = await importFile(session.db, session.parse, bytes, basename(file), { locale });
      results.push({ file, uri: briefingUri(briefingId), documents: parsed.documents.length });
    }
    io.out(
      flags.json
        ? JSON.stringify(results, null, 2)
        : results.map((r) => msg('imported', locale, { file: r.file, count: r.documents, uri: r.uri })).join('\n'),
    );
    return 0;
  } finally {
    session.close();
  }
}
