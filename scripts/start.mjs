// `npm start`: build if needed, make sure the Electron runtime and an Electron-ABI
// build of better-sqlite3 exist (fetching them on first use), then launch the app.
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

const executableName = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';

function electronExecutable() {
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const file = join(distDir, executableName);
  return existsSync(file) ? file : null;
}

function fail(what) {
  process.stderr.write(`
研读无法启动桌面程序：${what}
Briefing Reader cannot start the desktop app: ${what}

The Electron runtime (about 100 MB) is downloaded on first start, and this computer
could not fetch it. Nothing else is wrong: \`npm run serve\` runs the same app in your
browser right now, on the same library. To get the desktop app, allow access to the
Electron download, or point ELECTRON_MIRROR at a reachable mirror (for example
https://npmmirror.com/mirrors/electron/), or copy an unpacked Electron ${electronVersion}
into a folder and set ELECTRON_OVERRIDE_DIST_PATH to it; then run \`npm start\` again.
`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000, ...options }).status === 0;
}

if (!run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'])) process.exit(1);

let electron = electronExecutable();
if (!electron) {
  console.log(`Downloading the Electron ${electronVersion} runtime (first start only)…`);
  run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir });
  electron = electronExecutable();
  if (!electron) fail(`the Electron ${electronVersion} runtime is not installed and could not be downloaded.`);
}

// The app's better-sqlite3 must match Electron's ABI, which differs from Node's; it is
// built once into .cache so the Node build that tests use stays untouched.
const nativeDir = join(root, '.cache', 'electron-native', `${electronVersion}-${process.platform}-${process.arch}`);
const nativeBinding = join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(nativeBinding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first start only, about a minute)…`);
  rmSync(nativeDir, { recursive: true, force: true });
  mkdirSync(nativeDir, { recursive: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, nativeDir, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) });
  const built = run(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: nativeDir },
  );
  if (!built || !existsSync(nativeBinding)) fail('better-sqlite3 could not be built for Electron (its headers could not be downloaded).');
}

const child = spawn(electron, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_NATIVE_BINDING: nativeBinding },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
