import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../../..');
const corpus = resolve(root, '..', 'shared', 'corpus');
const present = existsSync(join(corpus, 'score.mjs'));

/**
 * The corpus's own scorer runs `briefing import FILE --dry-run --json` on each page. It
 * is given a stand-in for the CLI that parses with this source tree (no build needed)
 * and prints the same JSON, so what is scored is the parser as it is now.
 */
function standInCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-corpus-'));
  const api = pathToFileURL(join(root, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
  const importer = pathToFileURL(join(root, 'electron/core/import/parse/index.ts')).href;
  // The scorer runs it from elsewhere, so tsx is told where the layer aliases are.
  const tsconfig = join(root, 'tsconfig.json');
  writeFileSync(
    join(dir, 'cli.mjs'),
    `import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const { register } = await import(${JSON.stringify(api)});
register({ tsconfig: ${JSON.stringify(tsconfig)} });
const { parseFile } = await import(${JSON.stringify(importer)});
const file = process.argv[3];
process.stdout.write(JSON.stringify(await parseFile(new Uint8Array(readFileSync(file)), basename(file))));
`,
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ bin: { briefing: 'cli.mjs' } }));
  return dir;
}

describe.skipIf(!present)('the shared corpus of real pages', () => {
  it('reads every page as its expectation says', { timeout: 600_000 }, () => {
    let out: string;
    try {
      out = execFileSync('node', [join(corpus, 'score.mjs')], { cwd: standInCli(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(out).toMatch(/^(\d+) passed, 0 failed$/mu);
  });
});

if (!present) console.log(`corpus test skipped: no ${corpus}`);
