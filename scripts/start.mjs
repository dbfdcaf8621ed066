// `npm start`: build if needed, make sure the Electron runtime and an Electron-ABI
// build of better-sqlite3 exist (fetching them on first use), then launch the app; where
// they cannot be had, run the same app in the browser (browser-fallback.mjs).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveInBrowser } from './browser-fallback.mjs';
import { buildElectronNative, quietly } from './electron-native.mjs';
import { electronDir, electronExecutable, electronVersion, nativeBinding, nativeDir, projectRoot as root } from './electron-runtime.mjs';

/**
 * The desktop app cannot start here: says why in a few lines and what would make it work,
 * then serves the same app in the browser instead, until the user stops it.
 */
async function fail(what, cause) {
  const reason = {
    zh: `研读无法启动桌面程序：${what.zh}${cause ? `（${cause}）` : ''}。桌面程序首次启动时需要下载 Electron 运行环境（约 100 MB），
这台电脑无法下载。要使用桌面程序，请允许访问 Electron 下载地址，或把 ELECTRON_MIRROR 设为可访问的镜像
（例如 https://npmmirror.com/mirrors/electron/），或把解压后的 Electron ${electronVersion} 放到某个文件夹并将
ELECTRON_OVERRIDE_DIST_PATH 设为该文件夹，然后再次运行 \`npm start\`。`,
    en: `Briefing Reader cannot start the desktop app: ${what.en}${cause ? ` (${cause})` : ''}. The Electron runtime
(about 100 MB) is downloaded on first start, and this computer could not fetch it. For the desktop app,
allow the Electron download, or set ELECTRON_MIRROR to a reachable mirror, or unpack Electron
${electronVersion} into a folder and set ELECTRON_OVERRIDE_DIST_PATH to it; then run \`npm start\` again.`,
  };
  process.exit(await serveInBrowser(root, reason));
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000, ...options }).status === 0;
}

if (!run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'])) process.exit(1);

let electron = electronExecutable();
if (!electron) {
  console.log(`正在下载 Electron ${electronVersion} 运行环境（仅首次启动）… / Downloading the Electron runtime (first start only)…`);
  const error = quietly(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir });
  electron = electronExecutable();
  if (!electron) {
    await fail({ zh: `Electron ${electronVersion} 运行环境未安装且无法下载`, en: `the Electron ${electronVersion} runtime is missing and could not be downloaded` }, error);
  }
}

// The app's better-sqlite3 must match Electron's ABI, which differs from Node's.
if (!existsSync(nativeBinding)) {
  console.log(`正在为 Electron 编译 better-sqlite3（仅首次启动，约一分钟）… / Building better-sqlite3 for Electron (first start only)…`);
  try {
    buildElectronNative({ version: electronVersion, platform: process.platform, arch: process.arch, dir: nativeDir });
  } catch (err) {
    await fail({ zh: 'better-sqlite3 无法为 Electron 编译（无法下载其头文件）', en: 'better-sqlite3 could not be built for Electron (its headers could not be downloaded)' }, err.message);
  }
}

const child = spawn(electron, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_NATIVE_BINDING: nativeBinding },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
