import { ApiError } from '@contract/errors.ts';
import { maxTagNameLength as MAX_TAG_NAME_LENGTH } from '@contract/rules/limits.ts';

/** A tag name as stored: trimmed, 1–40 characters, on one line. */
export function cleanTagName(name: string): string {
  const clean = name.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (clean.length === 0 || clean.length > MAX_TAG_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(clean)) {
    throw ApiError.of('invalid_argument', {
      what: { 'zh-CN': `标签名须为 1–${MAX_TAG_NAME_LENGTH} 个字且不能换行`, en: `a tag name is 1–${MAX_TAG_NAME_LENGTH} characters on one line` },
    });
  }
  return clean;
}

/** A `#rrggbb` colour in lower case, as stored. */
export function cleanTagColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) {
    throw ApiError.of('invalid_argument', { what: { 'zh-CN': '颜色须为 #rrggbb 格式', en: 'a colour is #rrggbb' } });
  }
  return color.toLowerCase();
}
