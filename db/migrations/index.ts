import type { Migration } from '../migration.ts';
import { migration001 } from './001_initial.ts';
import { migration002 } from './002_search.ts';
import { migration003 } from './003_reading.ts';
import { migration004 } from './004_annotations.ts';
import { migration005 } from './005_sessions.ts';

/**
 * Every schema change, oldest first. Append only: a released migration never changes.
 * Releasing one also commits the upgrade fixture of the version it leaves behind
 * (`node --import tsx scripts/make-library-fixtures.ts`; db/fixtures.test.ts fails without it).
 */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const latestVersion = migrations.at(-1)?.version ?? 0;
