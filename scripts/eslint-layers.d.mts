import type { ESLint } from 'eslint';

export function layerOf(path: string): string | null;
declare const plugin: ESLint.Plugin;
export default plugin;
