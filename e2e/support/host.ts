import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

export interface RunningHost {
  url: string;
  origin: string;
  dbPath: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the real CLI's `serve` on a fresh library, as a user would, and waits for its URL. */
export async function startServe(options: { dbPath?: string; args?: string[] } = {}): Promise<RunningHost> {
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'briefing-e2e-')), 'library.sqlite3');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'briefing.mjs'), 'serve', '--db', dbPath, ...(options.args ?? [])],
    { env: { ...process.env, BRIEFING_LANG: 'zh-CN' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dbPath,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
