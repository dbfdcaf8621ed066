import type { ApiErrorPayload, ErrorCode } from './contract.ts';
import { say, type Params } from './messages/index.ts';

export type { Params } from './messages/index.ts';

export function errorPayload(code: ErrorCode, params: Params = {}, details?: string[]): ApiErrorPayload {
  return {
    code,
    message: say('errors', code, params),
    ...(details ? { details } : {}),
  };
}

/** An error meant for the user: it carries its code and a message in every locale. */
export class ApiError extends Error {
  readonly payload: ApiErrorPayload;

  constructor(payload: ApiErrorPayload) {
    super(payload.message.en);
    this.name = 'ApiError';
    this.payload = payload;
  }

  get code(): ErrorCode {
    return this.payload.code;
  }

  static of(code: ErrorCode, params: Params = {}, details?: string[]): ApiError {
    return new ApiError(errorPayload(code, params, details));
  }
}
