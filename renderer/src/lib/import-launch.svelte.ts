import type { BriefingApi } from '@contract/contract.ts';
import { startImportFromFile, type ImportSource } from './import-file.ts';
import { routeHref } from './route.ts';

/**
 * The one import being prepared (a file chosen, dropped anywhere on the window, or
 * opened from the desktop), shared so any screen can show its progress or refusal.
 */
export const importLaunch = $state<{ preparing: string | null; failure: unknown }>({ preparing: null, failure: null });

/** Sends the file to the importer and opens its review; one file at a time. */
export async function launchImport(api: Pick<BriefingApi, 'startImport'>, file: ImportSource | undefined): Promise<void> {
  if (!file || importLaunch.preparing !== null) return;
  importLaunch.preparing = file.name;
  importLaunch.failure = null;
  try {
    const job = await startImportFromFile(api, file);
    location.hash = routeHref({ name: 'import', jobId: job.id });
  } catch (err) {
    importLaunch.failure = err;
  } finally {
    importLaunch.preparing = null;
  }
}
