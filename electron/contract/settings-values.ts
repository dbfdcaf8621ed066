import type { FontSize, LineSpacing, PageWidth, Settings, Theme } from './contract.ts';

/** The values each setting may take, at run time: the schema, the service and the settings panel share them. */
export const themes = ['system', 'light', 'sepia', 'dark'] as const satisfies readonly Theme[];
export const fontSizes = [14, 16, 18, 20, 22, 24, 28] as const satisfies readonly FontSize[];
export const lineSpacings = ['compact', 'normal', 'relaxed'] as const satisfies readonly LineSpacing[];
export const pageWidths = ['narrow', 'medium', 'wide'] as const satisfies readonly PageWidth[];

type Missing<T, L extends readonly T[]> = Exclude<T, L[number]>;
/** @public Fails to compile when the contract gains a value one of these lists lacks; nothing reads it. */
export const everyValueListed: [
  Missing<Theme, typeof themes> | Missing<FontSize, typeof fontSizes> | Missing<LineSpacing, typeof lineSpacings> | Missing<PageWidth, typeof pageWidths>,
] extends [never]
  ? true
  : false = true;

export const defaultSettings: Settings = {
  locale: 'zh-CN',
  theme: 'system',
  fontSize: 18,
  lineSpacing: 'normal',
  pageWidth: 'medium',
  paragraphNumbers: false,
  outline: true,
};
