// Builds everything the app runs from: the CLI, the Electron main and preload, and the renderer.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';

const root = join(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['electron', 'db', 'renderer', 'package.json', 'tsconfig.json', 'scripts/build.mjs'];

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const built = statSync(stamp).mtimeMs;
  if (sources.every((s) => newestMtime(join(root, s)) <= built)) process.exit(0);
}

const external = ['electron', 'better-sqlite3', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', 'playwright-core'];
const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};
// Bundled CommonJS dependencies may still call require() inside an ES module.
const requireShim = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

await Promise.all([
  esbuild({ ...node, entryPoints: ['electron/cli/entry.ts'], outfile: 'dist/cli.mjs', format: 'esm', banner: requireShim }),
  esbuild({ ...node, entryPoints: ['electron/desktop/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm', banner: requireShim }),
  esbuild({ ...node, entryPoints: ['electron/core/import/worker/worker.ts'], outfile: 'dist/import-worker.mjs', format: 'esm', banner: requireShim }),
  // A sandboxed preload cannot be an ES module.
  esbuild({ ...node, entryPoints: ['electron/desktop/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' }),
]);

const { build: vite } = await import('vite');
await vite({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
writeFileSync(stamp, new Date().toISOString());
