// Installers for 研读 / Briefing Reader: `npm run package` (see README, "Building installers").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Arch, type Configuration } from 'electron-builder';
import { buildElectronNative } from '../scripts/electron-native.mjs';
import { electronVersion } from '../scripts/electron-runtime.mjs';

const root = join(import.meta.dirname, '..');

/**
 * Packages the import worker loads at run time. The worker runs from app.asar.unpacked
 * (see electron/desktop/main.ts), where Node resolves imports only among unpacked files,
 * so these and everything they depend on are unpacked beside it. That includes pdf.js's
 * optional @napi-rs/canvas, without which pdf.js fails to load (no DOMMatrix in Node).
 */
export const workerPackages = ['mammoth', 'pdfjs-dist'];

/** The names of `names` and of every package they depend on, as installed. */
function dependencyClosure(names: string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, parent: string) => {
    let manifest: string;
    try {
      manifest = createRequire(join(parent, 'package.json')).resolve(`${name}/package.json`);
    } catch {
      return; // an optional dependency not installed for this platform
    }
    found.add(name);
    if (seen.has(manifest)) return;
    seen.add(manifest);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dirname(manifest));
  };
  for (const name of names) visit(name, root);
  return [...found].sort();
}

/**
 * Where packaging builds better-sqlite3 for each target's Electron ABI; `${os}` and
 * `${arch}` are electron-builder's macros (mac/win/linux, x64/arm64).
 */
export const packagedNativeDir = '.cache/electron-native/package-${os}-${arch}';
/** Beside app.asar; main.ts hands it to better-sqlite3 as its `nativeBinding`. */
export const packagedNativeBinding = 'native/better_sqlite3.node';

const config: Configuration = {
  appId: 'cn.briefing.reader',
  productName: '研读',
  executableName: 'briefing-reader',
  copyright: 'Copyright © 2026 Briefing Reader',
  // ASCII file names, whatever the product name.
  artifactName: 'Briefing-Reader-${version}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },

  // The app is its bundles; node_modules gets the production dependencies on its own.
  // better-sqlite3's own build (Node's ABI) and its C sources are not shipped: the app
  // loads the Electron build from resources/native.
  files: [
    'package.json',
    'dist/electron/main.mjs',
    'dist/electron/preload.cjs',
    'dist/import-worker.mjs',
    '!**/node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  // Beside app.asar, where main.ts looks when packaged: resources/renderer, resources/sample
  // and resources/native.
  extraResources: [
    { from: 'dist/renderer', to: 'renderer' },
    { from: 'build/sample', to: 'sample' },
    { from: `${packagedNativeDir}/build/Release/better_sqlite3.node`, to: packagedNativeBinding },
  ],
  asar: true,
  // By name, wherever the packager hoists each one (it re-hoists node_modules as it copies).
  asarUnpack: ['dist/import-worker.mjs', '**/*.node', ...dependencyClosure(workerPackages).map((name) => `**/node_modules/${name}/**`)],
  // Rebuilding in place would swap node_modules/better-sqlite3 to Electron's ABI and break
  // the tests and the CLI; each target's Electron build is made in .cache instead.
  npmRebuild: false,
  beforePack: (context) => {
    const os = context.packager.platform.buildConfigurationKey;
    const arch = Arch[context.arch];
    buildElectronNative({
      version: context.packager.config.electronVersion ?? electronVersion,
      platform: context.electronPlatformName,
      arch,
      dir: join(root, packagedNativeDir.replace('${os}', os).replace('${arch}', arch)),
    });
  },

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },

  fileAssociations: [
    {
      ext: 'briefing',
      name: '研读资料包 / Briefing pack',
      description: '研读资料包 / Briefing pack',
      mimeType: 'application/x-briefing-pack',
      role: 'Viewer',
      icon: 'icon',
    },
  ],

  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['zh_CN', 'en_US'],
    multiLanguageInstaller: true,
    language: '2052',
    shortcutName: '研读',
    uninstallDisplayName: '研读 / Briefing Reader',
    installerIcon: 'build/icon.ico',
    uninstallerIcon: 'build/icon.ico',
  },

  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.education',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
    // @napi-rs/canvas ships one package per arch; with both installed, each half of the
    // universal app holds the same two single-arch binaries, and each Mac loads its own.
    x64ArchFiles: '**/node_modules/@napi-rs/canvas-darwin-*/**',
  },
  dmg: { title: '研读 ${version}' },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
    icon: 'build/icons',
    category: 'Office',
    synopsis: '研读 / Briefing Reader: read and annotate training-class briefings offline',
    description: 'An offline reader for the speeches and materials of training classes: highlights, notes, search and export.',
    maintainer: 'Briefing Reader <briefing-reader@example.com>',
    desktop: {
      entry: {
        Name: 'Briefing Reader',
        'Name[zh_CN]': '研读',
        Categories: 'Office;Education;',
      },
    },
  },
  deb: { packageCategory: 'education' },
};

export default config;
