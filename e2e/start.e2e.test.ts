import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/host.ts';

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm start without an Electron runtime', () => {
  it('says what failed, serves the same app in the browser, opens it, and stops cleanly', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
    const home = mkdtempSync(join(tmpdir(), 'start-home-'));
    // A stand-in for xdg-open that notes the address it was asked to open.
    const bin = mkdtempSync(join(tmpdir(), 'fake-opener-'));
    const opened = join(bin, 'opened.txt');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'start.mjs')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // An unpacked runtime that is not there, and a mirror that refuses at once: no real network.
        ELECTRON_OVERRIDE_DIST_PATH: empty,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: empty,
        // The library the desktop app would open, in a home of its own.
        XDG_CONFIG_HOME: home,
        BRIEFING_DB: '',
        BRIEFING_LANG: 'zh-CN',
        DISPLAY: ':99',
        PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout)?.[0], { timeout: 120_000 }).toBeTruthy();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout)![0];
      expect(stdout).toContain('研读无法启动桌面程序');
      expect(stdout).toContain('ELECTRON_MIRROR');
      expect(stdout).toContain('这是同一个程序的浏览器版本，使用同一个资料库');
      expect(stdout).toContain('this is the browser version of the same');
      // The printed address trades its token for a cookie, as a browser following it would.
      const entry = await fetch(url, { redirect: 'manual' });
      expect(entry.status).toBe(303);
      const cookie = (entry.headers.get('set-cookie') ?? '').split(';')[0]!;
      const page = await fetch(new URL('/', url), { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
      await expect.poll(() => (existsSync(opened) ? readFileSync(opened, 'utf8') : '')).toBe(url);
      // The same library as the desktop app's: the one in the user's app-data folder.
      await expect.poll(() => existsSync(join(home, 'Briefing Reader', 'library.sqlite3'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout + stderr).not.toMatch(stackTrace);
  });
});
