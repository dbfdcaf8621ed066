/**
 * The service under test: the real `briefing serve` (the browser host) as a child
 * process on the bench library, called over its loopback API the way the renderer calls it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ApiMethod, ApiResult, BriefingApi } from '../electron/api/contract.ts';

const cli = new URL('../dist/cli.mjs', import.meta.url).pathname;

export interface ServiceHost {
  url: string;
  pid: number;
  call<M extends ApiMethod>(method: M, arg: Parameters<BriefingApi[M]>[0]): Promise<ApiResult<M>>;
  /** The largest resident memory of the service process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startService(dbPath: string): Promise<ServiceHost> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', dbPath, '--no-sample'], {
    env: { ...process.env, BRIEFING_LANG: 'zh-CN' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  const pid = child.pid!;
  return {
    url,
    pid,
    async call(method, arg) {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(arg),
      });
      const envelope = (await res.json()) as { ok: true; value: never } | { ok: false; error: { message: { en: string } } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message.en}`);
      return envelope.value;
    },
    peakRssMb() {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kb) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Polls a background job until it leaves its working state. */
export async function settle<J extends { state: string }>(first: J, poll: () => Promise<J>, working: string): Promise<J> {
  let job = first;
  while (job.state === working) {
    await new Promise((r) => setTimeout(r, 5));
    job = await poll();
  }
  return job;
}
