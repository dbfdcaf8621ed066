import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-helper.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(import.meta.dirname, f), 'utf8') }));

describe('the CLI is a transport', () => {
  it('imports nothing from db/ and takes no exemption from the layer rule', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/from '(@db\/|(\.\.\/)+db\/)/u);
      expect(text, file).not.toMatch(/eslint-disable[^\n]*layers/u);
    }
  });

  it('holds no library session or database handle: commands reach the library through the API client', () => {
    for (const { file, text } of sources) expect(text, file).not.toMatch(/\bLibraryCore\b|\bLibrarySession\b|\bsession\.db\b/u);
    const commands = sources.filter(({ file }) => file.endsWith('-command.ts'));
    expect(commands.length).toBeGreaterThan(5);
    for (const { file, text } of commands) expect(text, file).toMatch(/api: BriefingApi/u);
  });
});
