import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/host.ts';

describe('npm start without an Electron runtime', () => {
  it('says in one paragraph what failed and that npm run serve works, and exits non-zero', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'start.mjs')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        // An unpacked runtime that is not there, and a mirror that refuses at once: no real network.
        ELECTRON_OVERRIDE_DIST_PATH: empty,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: empty,
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('研读无法启动桌面程序');
    expect(result.stderr).toContain('npm run serve');
    expect(result.stderr).toContain('ELECTRON_MIRROR');
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
