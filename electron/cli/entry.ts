import { join } from 'node:path';
import { sampleFileName } from '@core/library/sample.ts';
import { runCli } from './main.ts';

// Bundled to dist/cli.mjs, so the package root is one folder up.
const root = join(import.meta.dirname, '..');

runCli(
  process.argv.slice(2),
  {
    samplePath: join(root, 'build', 'sample', sampleFileName),
    rendererDir: join(root, 'dist', 'renderer'),
    importWorker: { script: join(root, 'dist', 'import-worker.mjs') },
  },
  {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    env: process.env,
    // The host closes its connections, its Chromium and the library before the process ends.
    onStop: (stop) => {
      const onSignal = (): void => {
        void stop().finally(() => process.exit(0));
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    },
  },
).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`briefing: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
