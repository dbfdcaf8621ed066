/**
 * The service under test: the real `briefing serve` (the browser host) as a child
 * process on the bench library, called over its loopback API the way the renderer calls it.
 */
import { readFileSync } from 'node:fs';
import { startServe } from '../e2e/support/host.ts';
import type { ApiMethod, ApiResult, BriefingApi } from '@contract/contract.ts';

export interface ServiceHost {
  url: string;
  pid: number;
  call<M extends ApiMethod>(method: M, arg: Parameters<BriefingApi[M]>[0]): Promise<ApiResult<M>>;
  /** The largest resident memory of the service process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startService(dbPath: string): Promise<ServiceHost> {
  const { url, pid, stop } = await startServe({ dbPath, args: ['--no-sample'] });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token')!;
  return {
    url,
    pid,
    async call(method, arg) {
      const send = () =>
        fetch(`${origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(arg),
        });
      let res: Response;
      try {
        res = await send();
      } catch (err) {
        // When a long export holds the service's event loop past its keep-alive timeout, the
        // idle connection a poll reuses is closed under it; a question that changes nothing is asked again.
        if (!readOnly(method) || (err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
        res = await send();
      }
      const envelope = (await res.json()) as { ok: true; value: never } | { ok: false; error: { message: { en: string } } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message.en}`);
      return envelope.value;
    },
    peakRssMb() {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kb) / 1024;
    },
    stop,
  };
}

const readOnly = (method: ApiMethod): boolean => /^(get|list|search)/u.test(method);

/** Polls a background job until it leaves its working state. */
export async function settle<J extends { state: string }>(first: J, poll: () => Promise<J>, working: string): Promise<J> {
  let job = first;
  while (job.state === working) {
    await new Promise((r) => setTimeout(r, 5));
    job = await poll();
  }
  return job;
}
