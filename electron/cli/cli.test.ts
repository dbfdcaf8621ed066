import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '@contract/contract.ts';
import { cli, cliResources } from './cli.test-helper.ts';
import { runCli } from './main.ts';

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'briefing-cli-')), 'library.sqlite3');

describe('briefing list', () => {
  it('prints the five sample documents of a new library as JSON with ids and uris', async () => {
    const { code, out } = await cli(['list', '--json', '--db', freshDb()]);
    expect(code).toBe(0);
    const docs = JSON.parse(out) as DocumentSummary[];
    expect(docs.map((d) => d.unit)).toEqual(['西安高新区', '韩城市', '宝鸡市渭滨区', '旬阳市', '神木市']);
    expect(docs.map((d) => d.speaker?.name)).toEqual(['马巍安', '孙长虹', '苏青', '向小敏', '刘文军']);
    for (const d of docs) {
      expect(d.uri).toBe(`urn:briefing:doc:${d.id}`);
      expect(d.briefing.uri).toBe(`urn:briefing:pack:${d.briefing.id}`);
      expect(d.title.length).toBeGreaterThan(4);
    }
  });

  it('imports the sample only once, and not at all with --no-sample', async () => {
    const db = freshDb();
    await cli(['list', '--db', db]);
    const second = await cli(['list', '--json', '--db', db]);
    expect(JSON.parse(second.out)).toHaveLength(5);
    const empty = await cli(['list', '--json', '--no-sample', '--db', freshDb()]);
    expect(JSON.parse(empty.out)).toEqual([]);
  });

  it('prints a table with Chinese headers by default', async () => {
    const { out } = await cli(['list', '--db', freshDb()]);
    expect(out.split('\n')[0]).toMatch(/^编号\s+标题\s+单位\s+发言人$/);
    expect(out).toContain('刘文军');
  });

  it('uses BRIEFING_DB when no --db is given', async () => {
    const db = freshDb();
    await cli(['list', '--no-sample'], { BRIEFING_DB: db });
    const raw = new BetterSqlite3(db, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    raw.close();
  });
});

describe('CLI errors', () => {
  it.each([
    [['frobnicate'], 2, '未知命令'],
    [['list', '--colour'], 2, '选项有误'],
    [['serve', '--port', '70000'], 2, '端口'],
    [['import'], 2, '请指定'],
  ])('%j exits %i with one clear line', async (args, exitCode, text) => {
    const { code, err } = await cli([...args, '--db', freshDb()]);
    expect(code).toBe(exitCode);
    expect(err).toContain(text);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('speaks English when the environment asks for it', async () => {
    const { err } = await cli(['frobnicate'], { BRIEFING_LANG: 'en_US.UTF-8' });
    expect(err).toContain('Unknown command');
  });

  it('refuses a library from a newer version with a clear message, leaving it alone', async () => {
    const db = freshDb();
    const raw = new BetterSqlite3(db);
    raw.pragma('user_version = 999');
    raw.close();
    const { code, err } = await cli(['list', '--db', db]);
    expect(code).toBe(1);
    expect(err).toContain('更新版本');
    const after = new BetterSqlite3(db, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('prints usage for --help and the version for --version', async () => {
    expect((await cli(['--help'])).out).toContain('用法');
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('briefing serve', () => {
  it('leaves a stop for the signals that end the process, after which the host no longer answers', async () => {
    const out: string[] = [];
    const stopped = new Promise<() => Promise<void>>((resolve) => {
      void runCli(['serve', '--port', '0', '--no-sample', '--db', freshDb()], cliResources, {
        out: (t) => out.push(t),
        err: (t) => out.push(t),
        env: { BRIEFING_LANG: 'en' },
        onStop: resolve,
      });
    });
    const stop = await stopped;
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out.join('\n'))?.[0];
    expect(url).toBeDefined();
    expect((await fetch(url!)).status).toBeLessThan(500);
    await stop();
    await expect(fetch(url!)).rejects.toThrow();
  });
});
