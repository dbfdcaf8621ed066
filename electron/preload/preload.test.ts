import { describe, expect, it, vi } from 'vitest';
import { apiMethods } from '../api/methods.ts';
import { apiChannel } from '../main/ipc-channel.ts';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: { documents: [] } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: { invoke: bridge.invoke, send: vi.fn(), on: vi.fn() },
}));

describe('the preload bridge', () => {
  it('exposes only the API methods to the page, never ipcRenderer or any Electron object', async () => {
    await import('./preload.ts');
    expect([...bridge.exposed.keys()]).toEqual(['briefing']);
    const api = bridge.exposed.get('briefing') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');

    await (api.listDocuments as (arg: unknown) => Promise<unknown>)({});
    expect(bridge.invoke).toHaveBeenCalledExactlyOnceWith(apiChannel, 'listDocuments', {});
  });
});
