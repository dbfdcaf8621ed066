import type { Locale } from '../contract.ts';
import { en, type Catalogue } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** The server's catalogue for each locale. */
const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

export type Localized = Record<Locale, string>;
/** A value may differ by locale, e.g. a reason that is itself a sentence. */
export type Params = Record<string, string | number | Localized>;

export function fill(template: string, params: Params, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[locale] : String(value);
  });
}

/** One message of the catalogue in every locale, filled from `params`. */
export function say<G extends keyof Catalogue>(group: G, key: keyof Catalogue[G], params: Params = {}): Localized {
  const of = (locale: Locale) => fill((catalogues[locale][group] as Record<PropertyKey, string>)[key] as string, params, locale);
  return { 'zh-CN': of('zh-CN'), en: of('en') };
}

/** Ids as each language lists them: 1、2 and 1, 2. */
export const idList = (ids: readonly number[]): Localized => ({ 'zh-CN': ids.join('、'), en: ids.join(', ') });
