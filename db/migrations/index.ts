import type { Migration } from '../migration.ts';
import { migration001 } from './001_initial.ts';
import { migration002 } from './002_search.ts';
import { migration003 } from './003_reading.ts';
import { migration004 } from './004_annotations.ts';
import { migration005 } from './005_sessions.ts';
import { migration006 } from './006_organizer_notes.ts';
import { migration007 } from './007_search_tuning.ts';
import { migration008 } from './008_document_layout.ts';
import { migration009 } from './009_briefing_bin.ts';

/**
 * Every schema change, oldest first. Append only: a released migration never changes.
 * Adding one also adds the upgrade fixture of its version, a library with data at that
 * schema (`node --import tsx scripts/make-library-fixtures.ts` writes the missing ones;
 * db/fixtures.test.ts fails without it), and extends the data it holds when the new
 * version stores something new (db/fixtures/library-fixtures.test-helper.ts).
 */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const latestVersion = migrations.at(-1)?.version ?? 0;
