import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxRecentFiles, recentFiles } from './recent-files.ts';

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'briefing-recent-')), 'recent-files.json');
const everything = () => true;

describe('the recent files list', () => {
  it('keeps the newest first, each file once, across restarts', () => {
    const file = stateFile();
    const recent = recentFiles(file, everything);
    recent.add('/a.txt');
    recent.add('/b.pdf');
    recent.add('/a.txt');
    expect(recent.list()).toEqual(['/a.txt', '/b.pdf']);
    expect(recentFiles(file, everything).list()).toEqual(['/a.txt', '/b.pdf']);
  });

  it(`holds at most ${maxRecentFiles}`, () => {
    const recent = recentFiles(stateFile(), everything);
    for (let i = 0; i < maxRecentFiles + 3; i++) recent.add(`/${i}.txt`);
    expect(recent.list()).toHaveLength(maxRecentFiles);
    expect(recent.list()[0]).toBe(`/${maxRecentFiles + 2}.txt`);
  });

  it('drops and forgets files that no longer exist', () => {
    const file = stateFile();
    const recent = recentFiles(file, (p) => p !== '/gone.docx');
    recent.add('/gone.docx');
    recent.add('/here.md');
    expect(recent.list()).toEqual(['/here.md']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ files: ['/here.md'] });
  });

  it('clears', () => {
    const recent = recentFiles(stateFile(), everything);
    recent.add('/a.txt');
    recent.clear();
    expect(recent.list()).toEqual([]);
  });

  it('starts empty from a missing or damaged file', () => {
    const file = stateFile();
    expect(recentFiles(file, everything).list()).toEqual([]);
    writeFileSync(file, '{"files": [1, "/ok.txt", null');
    expect(recentFiles(file, everything).list()).toEqual([]);
    writeFileSync(file, '{"files": [1, "/ok.txt", null, ""]}');
    expect(recentFiles(file, everything).list()).toEqual(['/ok.txt']);
  });
});
