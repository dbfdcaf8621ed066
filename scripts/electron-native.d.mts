import type { SpawnSyncOptions } from 'node:child_process';

export function quietly(command: string, args: string[], options?: SpawnSyncOptions): string | null;
export function buildElectronNative(target: { version: string; platform: string; arch: string; dir: string }): string;
