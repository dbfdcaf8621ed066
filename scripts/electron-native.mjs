// better-sqlite3 built for Electron's ABI, in a folder of its own under .cache, so the
// project's node_modules keeps Node's build (which the tests and the CLI load).
// Used by `npm start` (this machine) and by packaging (each target's os and arch).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('better-sqlite3/package.json'));

/** Runs a step whose own output is noise unless it fails; returns its last error line, or null. */
export function quietly(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 15 * 60_000, ...options });
  if (result.status === 0) return null;
  const lines = `${result.stderr ?? ''}${result.stdout ?? ''}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /ERR!|error:/i.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines.find(Boolean) ?? `exit ${result.status}`;
}

/**
 * Builds better-sqlite3 for Electron `version` on `platform`/`arch` (Node's names) in
 * `dir`: better-sqlite3's prebuilt binary where it can be downloaded, else compiled
 * against Electron's headers (only for this machine's platform: native code is not
 * cross-compiled). Returns the .node file, or throws with the reason.
 */
export function buildElectronNative({ version, platform, arch, dir }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) });
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');
  const prebuilt = quietly(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${version}`, `--arch=${arch}`, `--platform=${platform}`],
    { cwd: dir },
  );
  if (!prebuilt && existsSync(binding)) return binding;
  if (platform !== process.platform) {
    throw new Error(`no prebuilt better-sqlite3 for Electron ${version} ${platform}-${arch} (${prebuilt})`);
  }
  // An npm-configured nodedir (Node's own headers) would silently win over --target and
  // yield a binary for Node's ABI, which Electron refuses to load.
  const { npm_config_nodedir: _nodedir, ...env } = process.env;
  const compiled = quietly(
    process.execPath,
    [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: dir, env },
  );
  if (compiled || !existsSync(binding)) throw new Error(compiled ?? 'node-gyp produced no binary');
  return binding;
}
