// The layer aliases (@contract, @core, …) for Vite and Vitest, read from tsconfig.json's
// `paths`, which tsc, esbuild and tsx read themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions;

/** `{ '@core': '/abs/electron/core', … }`, optionally only the named aliases. */
export function layerAliases(only) {
  const entries = Object.entries(paths).map(([key, [target]]) => [key.replace('/*', ''), join(root, target.replace('/*', ''))]);
  return Object.fromEntries(entries.filter(([name]) => !only || only.includes(name)));
}
