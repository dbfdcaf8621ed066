import type { ApiArg, ApiMethod, ApiResult, Envelope } from './contract.ts';
import { ApiError, errorPayload } from './errors.ts';
import { isApiMethod } from './methods.ts';
import { argSchemas } from './schemas.ts';
import { describeIssues } from './validation-messages.ts';

export type Handlers = {
  [M in ApiMethod]: (arg: ApiArg<M>) => Promise<ApiResult<M>> | ApiResult<M>;
};

export type Dispatch = (method: unknown, arg: unknown) => Promise<Envelope>;

export interface DispatcherOptions {
  /** Receives errors that are not ApiErrors: bugs, to be logged, never shown raw. */
  onUnexpected?: (err: unknown, method: ApiMethod) => void;
}

/**
 * The single place every call from any transport passes: it checks the method
 * exists, validates the argument against its schema, and turns every outcome
 * into an envelope, so a transport never leaks a stack trace to the renderer.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (method, arg) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: errorPayload('unknown_method', { method: String(method).slice(0, 80) }) };
    }
    const parsed = argSchemas[method].safeParse(arg ?? {});
    if (!parsed.success) {
      const lines = describeIssues(parsed.error.issues);
      const what = { 'zh-CN': lines.map((l) => l['zh-CN']).join('；'), en: lines.map((l) => l.en).join('; ') };
      return { ok: false, error: errorPayload('invalid_argument', { what }, lines.map((l) => l.en)) };
    }
    try {
      const handler = handlers[method] as (a: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.payload };
      options.onUnexpected?.(err, method);
      return { ok: false, error: errorPayload('internal') };
    }
  };
}
