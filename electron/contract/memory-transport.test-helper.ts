import { MessageChannel } from 'node:worker_threads';
import type { Call } from './client.ts';
import type { Envelope } from './contract.ts';
import type { Dispatch } from './dispatcher.ts';

/**
 * A client and a server joined by a real message port, so every argument and result
 * is structured-cloned across it the way IPC would: no Electron, no port number.
 */
export function memoryTransportPair(dispatch: Dispatch): { call: Call; close(): void } {
  const { port1, port2 } = new MessageChannel();
  port2.on('message', async ({ id, method, arg }: { id: number; method: unknown; arg: unknown }) => {
    port2.postMessage({ id, envelope: await dispatch(method, arg) });
  });
  const pending = new Map<number, (e: Envelope) => void>();
  port1.on('message', ({ id, envelope }: { id: number; envelope: Envelope }) => {
    pending.get(id)?.(envelope);
    pending.delete(id);
  });
  let next = 0;
  return {
    call: (method, arg) =>
      new Promise((resolve) => {
        const id = next++;
        pending.set(id, resolve);
        port1.postMessage({ id, method, arg });
      }),
    close: () => {
      port1.close();
      port2.close();
    },
  };
}
