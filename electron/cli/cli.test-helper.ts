import { join } from 'node:path';
import { sourceWorker } from '@core/import/worker/test-config.test-helper.ts';
import { sampleFileName } from '@core/library/sample.ts';
import { runCli } from './main.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
export const importFixtures = join(projectRoot, 'electron', 'core', 'import', 'parse', 'fixtures');

export const cliResources = {
  samplePath: join(projectRoot, 'build', 'sample', sampleFileName),
  rendererDir: join(projectRoot, 'dist', 'renderer'),
  importWorker: sourceWorker,
};

/** One `briefing` invocation in this process, in Chinese unless `env` says otherwise; what it printed and its exit code. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, cliResources, { out: (t) => out.push(t), err: (t) => err.push(t), env: { BRIEFING_LANG: 'zh-CN', ...env } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
