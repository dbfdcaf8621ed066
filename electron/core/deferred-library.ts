import type { ApiArg, ApiMethod, ApiResult } from '@contract/contract.ts';
import { createDispatcher, type Dispatch, type Handlers } from '@contract/dispatcher.ts';
import { apiMethods } from '@contract/methods.ts';
import { checkBackupBytes } from './backup/backup-service.ts';
import { openLibraryCore, workerParse, type LibraryCore, type LibraryCoreOptions } from './compose.ts';
import { previewFile, readFiles, saveFiles } from './import/import-service.ts';

export interface DeferredLibrary {
  /** The API's one dispatcher, with its method and argument checks, over this library. */
  dispatch: Dispatch;
  /** Closes the library if a call opened it. */
  close(): Promise<void>;
}

/**
 * A library opened only when a call needs it, for a one-shot caller (the CLI): a refused
 * argument, a dry run (`previewImport`), an import of a file that cannot be read, or a
 * restore from a file that is no backup never opens, and so never creates, a library. Every other call is the open library's own handler.
 */
export function deferredLibrary(options: LibraryCoreOptions): DeferredLibrary {
  let core: Promise<LibraryCore> | null = null;
  const library = (): Promise<LibraryCore> => (core ??= openLibraryCore(options));
  const opened = <M extends ApiMethod>(method: M) =>
    async (arg: ApiArg<M>): Promise<ApiResult<M>> => {
      const handler = (await library()).handlers[method] as (a: ApiArg<M>) => Promise<ApiResult<M>> | ApiResult<M>;
      return handler(arg);
    };
  const parse = workerParse(options.importWorker);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const handlers = {
    ...(Object.fromEntries(apiMethods.map((method) => [method, opened(method)])) as Handlers),
    previewImport: ({ fileName, data, locale }) => previewFile(parse, Buffer.from(data, 'base64'), fileName, locale ?? 'zh-CN'),
    importFiles: async ({ files, replaceBriefingId, locale }) => {
      const read = await readFiles(parse, files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.data, 'base64') })), locale ?? 'zh-CN');
      return { imported: saveFiles((await library()).db, read, replaceBriefingId) };
    },
    restoreLibrary: async (arg) => {
      await checkBackupBytes(arg.fileName, Buffer.from(arg.data, 'base64'), binding);
      return opened('restoreLibrary')(arg);
    },
  } satisfies Handlers;
  return {
    dispatch: createDispatcher(handlers, options.onUnexpected ? { onUnexpected: options.onUnexpected } : {}),
    close: async () => {
      await core?.then(
        (s) => s.close(),
        () => undefined,
      );
    },
  };
}
