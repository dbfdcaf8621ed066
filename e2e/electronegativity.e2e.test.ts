import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@web/csp.ts';
import { projectRoot } from './support/host.ts';

/**
 * Electronegativity over the built bundles. It reads only `.js` and `.html`, and its
 * AST walker cannot step over ES2022 class fields (it reports a parse error and skips
 * the file), so the bundles are copied under `.js` names with that syntax lowered;
 * nothing else about them changes. Its exit code says nothing and its CSV writer
 * races with itself (the header's truncating write can land after the findings), so
 * the scan runs through the package's own entry point, which returns the findings and
 * the parse errors.
 */

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  sample: string;
  description: string;
}

interface Allowance {
  check: string;
  /** Text of the flagged line, or of the finding's description for a global check. */
  matches: string;
  /** Repeated word for word in the README's "Reliability and security" section. */
  why: string;
}

/** Each finding above INFORMATIONAL that is accepted, and why; each must match exactly one finding. */
const allowed: Allowance[] = [
  {
    check: 'PRELOAD_JS_CHECK',
    matches: 'preload: preloadPath',
    why: 'The preload script exposes only the API’s methods through contextBridge, never ipcRenderer or any Electron object (electron/desktop/preload.test.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    matches: 'shell.openExternal(',
    why: 'shell.openExternal is reached only from the navigation and window-open guards, and only for http and https links (electron/desktop/security.test.ts, electron/desktop/app.test.ts).',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    matches: 'Failed to parse CSP',
    why: 'The scanner reads a CSP only from a string literal; ours is one shared constant (electron/web/csp.ts), which this test runs through the scanner’s own CSP evaluator.',
  },
];

const electronVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
/**
 * The one check that goes online (it fetches Electron's release list). The scanner
 * also asks a server for translations at start (one second at most) and, offline,
 * carries on in English.
 */
const networkCheck = 'AvailableSecurityFixesGlobalCheck';

/** The parts of the scanner's programmatic entry point (untyped) used here. */
type Scanner = (options: { input: string; electronVersionOverride: string; excludeFromScan: string[]; isRelative: boolean }) => Promise<{
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: { id: string; severity: { name: string }; confidence: { name: string }; file: string; sample?: string; description: string }[];
}>;
const runScanner = createRequire(import.meta.url)('@doyensec/electronegativity') as Scanner;

function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-electronegativity-'));
  const dist = join(projectRoot, 'dist');
  const lowered = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, transformSync(readFileSync(from, 'utf8'), { target: 'es2021' }).code);
  };
  lowered(join(dist, 'electron', 'main.mjs'), join(dir, 'main.js'));
  lowered(join(dist, 'electron', 'preload.cjs'), join(dir, 'preload.js'));
  const renderer = join(dist, 'renderer');
  for (const entry of readdirSync(renderer, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(dir, 'renderer', relative(renderer, from));
    if (entry.name.endsWith('.js')) lowered(from, to);
    else cpSync(from, to);
  }
  return dir;
}

async function scan(dir: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const { issues, errors } = await runScanner({ input: dir, electronVersionOverride: electronVersion, excludeFromScan: [networkCheck], isRelative: true });
  const findings = issues.map((i) => ({
    check: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    sample: i.sample ?? '',
    description: i.description,
  }));
  return { findings, errors: errors.map((e) => `${e.file}: ${e.message}`) };
}

const isAllowed = (a: Allowance, f: Finding) => a.check === f.check && (f.sample.includes(a.matches) || f.description.includes(a.matches));

describe('Electronegativity on the built bundles', () => {
  it(
    'finds nothing above informational but the justified, allow-listed items',
    async () => {
      const { findings, errors } = await scan(stage());
      expect(errors).toEqual([]);

      const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL');
      const unexplained = serious.filter((f) => !allowed.some((a) => isAllowed(a, f)));
      expect(unexplained).toEqual([]);
      // A stale or too broad allowance fails too: each one explains exactly one finding.
      for (const a of allowed) expect(serious.filter((f) => isAllowed(a, f)), a.check).toHaveLength(1);

      const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
      for (const a of allowed) expect(readme).toContain(a.why);
    },
    180_000,
  );

  it(
    'does flag an insecure window, so a clean result means something',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'briefing-electronegativity-canary-'));
      writeFileSync(
        join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
      );
      const { findings } = await scan(dir);
      const flagged = findings.filter((f) => f.severity !== 'INFORMATIONAL').map((f) => f.check);
      // The global checks fire here because nothing limits navigation, permissions or
      // content; that they stay quiet on the app shows they saw its guards.
      expect(flagged).toEqual(
        expect.arrayContaining([
          'CONTEXT_ISOLATION_JS_CHECK',
          'SANDBOX_JS_CHECK',
          'LIMIT_NAVIGATION_GLOBAL_CHECK',
          'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
          'CSP_GLOBAL_CHECK',
        ]),
      );
    },
    180_000,
  );

  it('gives the scanner’s CSP evaluator nothing to object to in our CSP but the note on script-src ’self’', () => {
    const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspEvaluatorModule;
    const findings = new csp.CspEvaluator(new csp.CspParser(contentSecurityPolicy).csp, csp.Version.CSP3).evaluate();
    const worrying = findings.filter((f) => f.severity < csp.severities.MEDIUM_MAYBE);
    expect(worrying).toEqual([]);
    expect(findings.filter((f) => f.severity === csp.severities.MEDIUM_MAYBE).map((f) => f.directive)).toEqual(['script-src']);
  });
});

/** The parts of @doyensec/csp-evaluator (Electronegativity's own dependency, untyped) used above. */
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number; directive: string; description: string }[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO' | 'NONE', number>;
}
