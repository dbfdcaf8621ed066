import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/host.ts';

/** The installed command exactly as `npx briefing` runs it: the bin over the built bundle. */
function briefing(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(projectRoot, 'bin', 'briefing.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, BRIEFING_LANG: 'zh-CN', ...env },
  });
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'briefing-bin-')), 'library.sqlite3');

describe('the briefing command', () => {
  it('lists the five sample documents of a new library with ids and uris', () => {
    const result = briefing(['list', '--json'], { BRIEFING_DB: freshDb() });
    expect(result.status).toBe(0);
    const docs = JSON.parse(result.stdout) as { id: number; uri: string; unit: string; briefing: { uri: string } }[];
    expect(docs.map((d) => d.unit)).toEqual(['西安高新区', '韩城市', '宝鸡市渭滨区', '旬阳市', '神木市']);
    for (const d of docs) {
      expect(d.uri).toBe(`urn:briefing:doc:${d.id}`);
      expect(d.briefing.uri).toMatch(/^urn:briefing:pack:\d+$/);
    }
  });

  it('imports a PDF through the bundled worker', () => {
    const db = freshDb();
    const pdf = join(projectRoot, 'electron', 'core', 'import', 'parse', 'fixtures', 'sample-briefing.pdf');
    const result = briefing(['import', pdf, '--json', '--db', db]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ documents: 5, alreadyImported: false });
  });

  it('searches the library, one JSON hit a line, and lists search in its help', () => {
    const result = briefing(['search', '产业工人', '--limit', '2', '--json'], { BRIEFING_DB: freshDb() });
    expect(result.status).toBe(0);
    const hits = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(hits).toHaveLength(2);
    for (const hit of hits) expect(hit).toEqual({ uri: expect.stringMatching(/^urn:briefing:doc:\d+$/), documentTitle: expect.any(String), blockId: expect.toBeOneOf([null, expect.any(Number)]), snippet: expect.stringContaining('产业工人') });
    expect(briefing(['--help']).stdout).toContain('search 关键词');
  });

  it('prints a user mistake as one line with no stack trace and exits non-zero', () => {
    const result = briefing(['import', '/nonexistent/brief.docx', '--db', freshDb()]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('    at ');
  });
});
