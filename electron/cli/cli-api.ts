import { createClient } from '@contract/client.ts';
import type { ApiArg, ApiMethod, ApiResult, BriefingApi } from '@contract/contract.ts';
import { createDispatcher, type Handlers } from '@contract/dispatcher.ts';
import { apiMethods } from '@contract/methods.ts';
import type { LibraryCore } from '@core/compose.ts';

/** Methods the CLI answers without the library, e.g. reading a file for `import --dry-run`. */
export type LibraryFreeHandlers = Partial<Handlers>;

export interface CliApi {
  /** The typed API the renderer has as `window.briefing`, over the same dispatcher and its argument checks. */
  api: BriefingApi;
  /** Closes the library if a call opened it. */
  close(): Promise<void>;
}

/**
 * The CLI's client of the core, in this process: every call passes the dispatcher (method
 * check, zod schema, errors as envelopes) like an IPC or HTTP call. The library opens at
 * the first call that needs it, so a command whose arguments are refused, or that needs
 * no library, never creates one.
 */
export function openCliApi(open: () => Promise<LibraryCore>, free: LibraryFreeHandlers = {}, onUnexpected?: (err: unknown) => void): CliApi {
  let session: Promise<LibraryCore> | null = null;
  const library = (): Promise<LibraryCore> => (session ??= open());
  const throughLibrary = <M extends ApiMethod>(method: M) =>
    async (arg: ApiArg<M>): Promise<ApiResult<M>> => {
      const handler = (await library()).handlers[method] as (a: ApiArg<M>) => Promise<ApiResult<M>> | ApiResult<M>;
      return handler(arg);
    };
  const handlers = Object.fromEntries(apiMethods.map((method) => [method, free[method] ?? throughLibrary(method)])) as Handlers;
  const dispatch = createDispatcher(handlers, onUnexpected ? { onUnexpected } : {});
  return {
    api: createClient(dispatch),
    close: async () => {
      await session?.then(
        (s) => s.close(),
        () => undefined,
      );
    },
  };
}
