import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';
import { maxNoteLength as MAX_NOTE_LENGTH } from '@contract/rules/limits.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A note as stored: plain text with its line breaks (as "\n"), without NUL characters
 * (they cut strings short in the Word export and in C libraries) and without half
 * surrogate pairs (they cannot be written as UTF-8).
 */
export function cleanNote(note: string): string {
  const clean = note.replace(/\r\n?/g, '\n').replaceAll('\0', '').replace(LONE_SURROGATE, '\uFFFD');
  if (clean.length > MAX_NOTE_LENGTH) {
    throw ApiError.of('invalid_argument', { what: say('annotations', 'noteTooLong', { max: MAX_NOTE_LENGTH }) });
  }
  return clean;
}
