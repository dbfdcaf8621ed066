import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import type { Configuration } from 'electron-builder';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerPackages } from '../build/electron-builder.config.ts';
import { bundles, isUnpacked, packagesImportedBy, packedFiles } from '../build/electron-builder.config.test-helper.ts';
import { projectRoot } from './support/host.ts';

// The built half of build/electron-builder.config.test.ts: what the build wrote is what the
// installers pack, and what the bundles import at run time is there beside them.
const dependencies = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: object }).dependencies);
const source = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectRoot, 'build/electron-builder.config.ts', null);
});

describe('the built app against the installer configuration', () => {
  it('packs every bundle the app runs, and the renderer it serves', () => {
    for (const file of bundles) {
      expect(existsSync(join(projectRoot, file)), file).toBe(true);
      expect(packedFiles(config).some((glob) => matchesGlob(file, glob)), file).toBe(true);
    }
    expect(existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))).toBe(true);
  });

  it('unpacks every package the import worker imports', () => {
    expect(packagesImportedBy(source('dist/import-worker.mjs'))).toEqual(workerPackages);
    for (const name of workerPackages) expect(isUnpacked(config, `node_modules/${name}/package.json`), name).toBe(true);
  });

  it('ships every package the bundles import as a production dependency', () => {
    const imported = new Set(bundles.flatMap((file) => packagesImportedBy(source(file))));
    imported.delete('electron');
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(dependencies, name).toContain(name);
  });
});
