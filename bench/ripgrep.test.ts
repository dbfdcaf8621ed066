import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTool } from './peer-tools.ts';
import { countOutput, RipgrepFolder } from './ripgrep.ts';

describe('countOutput', () => {
  it('adds the per-file counts and reads no output as none', () => {
    expect(countOutput('3\n12\n1\n')).toBe(16);
    expect(countOutput('')).toBe(0);
  });

  it('refuses output that is not counts, rather than miscounting', () => {
    expect(() => countOutput('a.txt:3\n')).toThrow(/unexpected/);
  });
});

describe('RipgrepFolder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-rg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folder = new RipgrepFolder(join(dir, 'text'));
  folder.addDocument(1, [
    { id: 't:1', documentId: 1, text: '队伍建设' },
    { id: 'b:1', documentId: 1, text: '建设 产业 队伍' },
  ]);
  folder.addDocument(2, [{ id: 'n:1', documentId: 2, text: '第一行\n建设第二行' }]);

  it('pipes one rg per further term, the last one counting', () => {
    expect(folder.commands('建设').length).toBe(1);
    expect(folder.commands('建设 队伍 产业').map((c) => c.includes('--count'))).toEqual([false, false, true]);
    expect(folder.commands('  ')).toEqual([]);
  });

  it.skipIf(missingTool('rg', 'ripgrep') !== null)('counts matching entries the way the search does', async () => {
    expect(await folder.count('建设')).toBe(3);
    expect(await folder.count('队伍 建设')).toBe(2);
    expect(await folder.count('第一行 第二行')).toBe(1);
    expect(await folder.count('不存在')).toBe(0);
  });
});
