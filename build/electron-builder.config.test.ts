import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleFileName } from '@core/library/sample.ts';
import { bundles, isUnpacked, packedFiles } from './electron-builder.config.test-helper.ts';

const root = join(import.meta.dirname, '..');
const configFile = 'build/electron-builder.config.ts';
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

let config: Configuration;

beforeAll(async () => {
  // Loaded the way `electron-builder --config` loads it.
  config = await getConfig(root, configFile, null);
});

const targets = (list: unknown) => (list as TargetConfiguration[]).map((t) => `${t.target}:${(t.arch as string[]).join('+')}`);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('the electron-builder configuration', () => {
  it('is what `npm run package` uses, and passes electron-builder’s own schema validation', async () => {
    expect(packageJson.scripts.package).toBe(`node scripts/build.mjs && electron-builder --config ${configFile}`);
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    // The validator does reject a misspelt option, so the pass above means something.
    await expect(validateConfiguration({ ...config, electronFuse: {} } as Configuration, quietLogger)).rejects.toThrow(/electronFuse/);
    // Compiling electron-builder's schema takes seconds on a busy machine.
  }, 60_000);

  it('names the product and keeps artifact file names ASCII', () => {
    expect(config).toMatchObject({ appId: 'cn.briefing.reader', productName: '研读', executableName: 'briefing-reader' });
    expect(config.artifactName).toBe('Briefing-Reader-${version}-${arch}.${ext}');
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('builds NSIS for Windows, a universal dmg for macOS, AppImage and deb for Linux', () => {
    expect(targets(config.win!.target)).toEqual(['nsis:x64+arm64']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN', 'en_US'],
    });
    expect(targets(config.mac!.target)).toEqual(['dmg:universal']);
    expect(config.mac).toMatchObject({ category: 'public.app-category.education', hardenedRuntime: true });
    expect(matchesGlob('Contents/Resources/app.asar.unpacked/node_modules/@napi-rs/canvas-darwin-arm64/skia.darwin-arm64.node', config.mac!.x64ArchFiles!)).toBe(true);
    expect(targets(config.linux!.target)).toEqual(['AppImage:x64+arm64', 'deb:x64+arm64']);
    expect(config.linux).toMatchObject({ category: 'Office', desktop: { entry: { Categories: 'Office;Education;' } } });
    expect(config.linux!.synopsis).toBeTruthy();
    expect(config.linux!.maintainer).toMatch(/^.+ <.+@.+>$/);
  });

  it('sets the Electron fuses as it packs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opens .briefing packs as their viewer', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'briefing',
        name: '研读资料包 / Briefing pack',
        description: '研读资料包 / Briefing pack',
        mimeType: 'application/x-briefing-pack',
        role: 'Viewer',
        icon: 'icon',
      },
    ]);
    // The packager looks the icon up as build/<icon>.ico and build/<icon>.icns.
    for (const ext of ['ico', 'icns']) expect(existsSync(join(root, 'build', `icon.${ext}`))).toBe(true);
  });

  it('packs the bundles main.ts loads into the asar, and the renderer and sample beside it where main.ts looks', () => {
    // package.json's main, the preload beside it (AppLayout.mainDir), and the import worker;
    // e2e/packaging.e2e.test.ts checks the built files themselves.
    expect(bundles[0]).toBe(packageJson.main);
    for (const file of ['package.json', ...bundles]) expect(packedFiles(config).some((glob) => matchesGlob(file, glob)), file).toBe(true);
    expect(packedFiles(config).some((glob) => matchesGlob('dist/cli.mjs', glob))).toBe(false);
    // Packaged, runDesktopApp reads resources/renderer and resources/sample.
    expect(config.extraResources).toEqual([
      { from: 'dist/renderer', to: 'renderer' },
      { from: 'build/sample', to: 'sample' },
      { from: '.cache/electron-native/package-${os}-${arch}/build/Release/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    ]);
    expect(existsSync(join(root, 'build', 'sample', sampleFileName))).toBe(true);
  });

  it('unpacks the import worker, the packages it imports, and native modules; builds better-sqlite3 for Electron outside node_modules', () => {
    expect(config.asar).toBe(true);
    // In place, a rebuild would leave node_modules with Electron's ABI and break Node's tests and CLI.
    expect(config.npmRebuild).toBe(false);
    expect(typeof config.beforePack).toBe('function');
    expect(packedFiles(config)).toContain('!**/node_modules/better-sqlite3/{build,deps,src}/**');
    const unpacked = (path: string) => isUnpacked(config, path);
    expect(unpacked('dist/import-worker.mjs')).toBe(true);
    expect(unpacked('dist/electron/main.mjs')).toBe(false);
    expect(unpacked('node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/lib/index.js')).toBe(false);
    // Whatever the worker imports must be unpacked with it, wherever the packager hoists it.
    for (const name of ['mammoth', 'pdfjs-dist', 'jszip', 'xmlbuilder', '@xmldom/xmldom', '@napi-rs/canvas']) {
      expect(unpacked(`node_modules/${name}/package.json`), name).toBe(true);
      expect(unpacked(`node_modules/mammoth/node_modules/${name}/package.json`), name).toBe(true);
    }
  });

});

describe('the icons', () => {
  const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

  it('are referenced where they exist', () => {
    const referenced = [config.win!.icon, config.nsis!.installerIcon, config.nsis!.uninstallerIcon, config.mac!.icon, config.linux!.icon];
    for (const file of referenced) expect(existsSync(join(root, file!)), file!).toBe(true);
    expect(existsSync(join(root, 'build', 'icon.svg'))).toBe(true);
  });

  it('come in every size for Linux, named by their real size', () => {
    const dir = join(root, config.linux!.icon!);
    const names = readdirSync(dir).sort((a, b) => parseInt(a) - parseInt(b));
    expect(names).toEqual(pngSizes.map((n) => `${n}x${n}.png`));
    for (const n of pngSizes) expect(pngSize(readFileSync(join(dir, `${n}x${n}.png`)))).toEqual([n, n]);
  });

  it('hold PNGs of 16 to 256 pixels in the Windows .ico', () => {
    const ico = readFileSync(join(root, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const declared = ico.readUInt8(at) || 256;
      const data = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
      expect(pngSize(data)).toEqual([declared, declared]);
      return declared;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('hold PNGs of 16 to 1024 pixels in the macOS .icns', () => {
    const icns = readFileSync(join(root, 'build', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      entries[icns.subarray(at, at + 4).toString('latin1')] = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0];
    }
    expect(entries).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });
});
