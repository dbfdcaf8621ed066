import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createClient } from '@contract/client.ts';
import type { Envelope } from '@contract/contract.ts';
import { isShellCommand, type BriefingShell, type ShellCommand } from '@contract/shell.ts';
import { apiChannel, shellChannel, shellReadyChannel } from './ipc-channel.ts';

contextBridge.exposeInMainWorld(
  'briefing',
  createClient((method, arg) => ipcRenderer.invoke(apiChannel, method, arg) as Promise<Envelope>, {
    bridgeSafeErrors: true,
  }),
);

const shell: BriefingShell = {
  onCommand(listener: (command: ShellCommand) => void) {
    // The page sees only checked commands, never the IPC event (it carries the sender).
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isShellCommand(command)) listener(command);
    };
    ipcRenderer.on(shellChannel, forward);
    ipcRenderer.send(shellReadyChannel);
    return () => void ipcRenderer.removeListener(shellChannel, forward);
  },
};

contextBridge.exposeInMainWorld('briefingShell', shell);
