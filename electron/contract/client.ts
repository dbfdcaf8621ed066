import type { ApiErrorPayload, BriefingApi, Envelope } from './contract.ts';
import { ApiError, errorPayload } from './errors.ts';
import { apiMethods } from './methods.ts';

export type Call = (method: string, arg: unknown) => Promise<Envelope>;

/**
 * Electron's contextBridge keeps only an Error's message, so an error crossing it
 * carries its payload inside the message behind this marker.
 */
const bridgeMarker = 'briefing-api-error:';

export interface ClientOptions {
  /** Reject with a plain Error that survives contextBridge instead of an ApiError. */
  bridgeSafeErrors?: boolean;
}

/** Builds `window.briefing` over any transport that delivers envelopes. */
export function createClient(call: Call, options: ClientOptions = {}): BriefingApi {
  const fail = (payload: ApiErrorPayload): never => {
    throw options.bridgeSafeErrors ? new Error(bridgeMarker + JSON.stringify(payload)) : new ApiError(payload);
  };
  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    api[method] = async (arg: unknown = {}) => {
      let envelope: Envelope;
      try {
        envelope = await call(method, arg);
      } catch {
        return fail(errorPayload('unavailable'));
      }
      return envelope.ok ? envelope.value : fail(envelope.error);
    };
  }
  return api as unknown as BriefingApi;
}

/** Recovers the ApiError from whatever a `window.briefing` call rejected with. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const at = message.indexOf(bridgeMarker);
  if (at >= 0) {
    try {
      return new ApiError(JSON.parse(message.slice(at + bridgeMarker.length)) as ApiErrorPayload);
    } catch {
      // A truncated marker is still an internal failure, reported below.
    }
  }
  return ApiError.of('internal');
}
