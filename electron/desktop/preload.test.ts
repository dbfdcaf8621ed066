import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { apiMethods } from '@contract/methods.ts';
import type { BriefingShell } from '@contract/shell.ts';
import { apiChannel, shellChannel, shellReadyChannel } from './ipc-channel.ts';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));
type FakeIpcRenderer = EventEmitter & { send: Mock; invoke: Mock };
const ipc = vi.hoisted(() => ({ renderer: null as FakeIpcRenderer | null }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  ipc.renderer = Object.assign(new Emitter(), { send: vi.fn(), invoke: vi.fn() });
  return {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => bridge.exposed.set(name, api) },
    ipcRenderer: ipc.renderer,
  };
});

await import('./preload.ts');

describe('the preload', () => {
  it('exposes the API and the shell channel, nothing else', () => {
    expect([...bridge.exposed.keys()].sort()).toEqual(['briefing', 'briefingShell']);
  });

  it('gives the page only the API methods as functions, each sent over the API channel', async () => {
    const api = bridge.exposed.get('briefing') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    ipc.renderer!.invoke.mockResolvedValueOnce({ ok: true, value: { documents: [] } });
    await (api.listDocuments as (arg: unknown) => Promise<unknown>)({});
    expect(ipc.renderer!.invoke).toHaveBeenCalledExactlyOnceWith(apiChannel, 'listDocuments', {});
  });

  it('passes the page only well-formed shell commands, without the IPC event', () => {
    const shell = bridge.exposed.get('briefingShell') as BriefingShell;
    const renderer = ipc.renderer!;
    const listener = vi.fn();
    const stop = shell.onCommand(listener);
    expect(renderer.send).toHaveBeenCalledWith(shellReadyChannel);
    const event = { sender: 'the IPC renderer' };
    renderer.emit(shellChannel, event, { type: 'find' });
    renderer.emit(shellChannel, event, { type: 'go', to: 'javascript:alert(1)' });
    renderer.emit(shellChannel, event, { type: 'import', name: 'a.txt', size: 1, bytes: new Uint8Array([65]) });
    expect(listener.mock.calls).toEqual([[{ type: 'find' }], [{ type: 'import', name: 'a.txt', size: 1, bytes: new Uint8Array([65]) }]]);
    stop();
    renderer.emit(shellChannel, event, { type: 'export' });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(renderer.listenerCount(shellChannel)).toBe(0);
  });
});
