import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';
import { ImportFailure } from './parse/import-failure.ts';

/** Turns the importer's failure into the error every transport shows the user. */
export function importError(err: unknown, file: string): unknown {
  if (err instanceof ImportFailure) return ApiError.of('import_failed', { file, reason: say('import', err.reason) });
  return err;
}
