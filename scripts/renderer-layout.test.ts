import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'renderer', 'src');
const all = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : [relative(src, join(dir, e.name)).replaceAll('\\', '/')]));
const files = all(src);
/** The app itself and its entry: the only files at the root. */
const root = ['App.svelte', 'main.ts', 'app.css', 'vite-env.d.ts'];

// renderer/README.md: components in views/, stores and helpers in lib/.
describe('where renderer files live', () => {
  it('keeps every component in views/', () => {
    expect(files.filter((f) => f.endsWith('.svelte') && !root.includes(f) && !f.startsWith('views/'))).toEqual([]);
  });

  it('keeps every store and helper in lib/', () => {
    expect(files.filter((f) => /\.ts$/u.test(f) && !root.includes(f) && !f.startsWith('lib/'))).toEqual([]);
  });

  it('gives no component the API as a prop: each takes it with useApi()', () => {
    const props = files.filter((f) => f.endsWith('.svelte') && /\bapi\s*:\s*BriefingApi\b/u.test(readFileSync(join(src, f), 'utf8')));
    expect(props).toEqual([]);
  });
});
