import type { Migration } from '../migration.ts';
import { migration001 } from './001_initial.ts';

/** Every schema change, oldest first. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [migration001];

export const latestVersion = migrations.at(-1)?.version ?? 0;
