import { createClient } from '@contract/client.ts';
import type { BriefingApi } from '@contract/contract.ts';
import type { LibraryCoreOptions } from '@core/compose.ts';
import { deferredLibrary } from '@core/deferred-library.ts';

export interface CliApi {
  /** The typed API the renderer has as `window.briefing`, over the same dispatcher and its argument checks. */
  api: BriefingApi;
  /** Closes the library if a call opened it. */
  close(): Promise<void>;
}

/**
 * The CLI's client of the core, in this process: every command calls the API, and every
 * call passes the dispatcher (method check, zod schema, errors as envelopes) as an IPC or
 * HTTP call does. The library opens at the first call that needs it.
 */
export function openCliApi(options: LibraryCoreOptions): CliApi {
  const library = deferredLibrary(options);
  return { api: createClient(library.dispatch), close: library.close };
}
