import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../api/client.ts';
import type { Envelope } from '../api/contract.ts';
import { apiChannel } from '../main/ipc-channel.ts';

contextBridge.exposeInMainWorld(
  'briefing',
  createClient((method, arg) => ipcRenderer.invoke(apiChannel, method, arg) as Promise<Envelope>, {
    bridgeSafeErrors: true,
  }),
);
