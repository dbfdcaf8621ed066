import { ApiError } from '@contract/errors.ts';
import { say } from '@contract/messages/index.ts';
import { maxTagNameLength as MAX_TAG_NAME_LENGTH } from '@contract/rules/limits.ts';

/** A tag name as stored: trimmed, 1–40 characters, on one line. */
export function cleanTagName(name: string): string {
  const clean = name.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (clean.length === 0 || clean.length > MAX_TAG_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(clean)) {
    throw ApiError.of('invalid_argument', { what: say('tags', 'badName', { max: MAX_TAG_NAME_LENGTH }) });
  }
  return clean;
}

/** A `#rrggbb` colour in lower case, as stored. */
export function cleanTagColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) {
    throw ApiError.of('invalid_argument', { what: say('tags', 'badColor') });
  }
  return color.toLowerCase();
}
