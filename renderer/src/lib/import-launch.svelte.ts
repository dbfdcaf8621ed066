import type { BriefingApi } from '@contract/contract.ts';
import { startImportFromFile, type ImportSource } from './import-file.ts';
import { t } from './i18n.svelte.ts';
import { ImportQueue } from './import-queue.ts';
import { routeHref } from './route.ts';
import { toasts } from './toasts/toasts.svelte.ts';

/**
 * The import being prepared (a file chosen, dropped anywhere on the window, or opened
 * from the desktop) and the files waiting behind it, shared so any screen can show them.
 * `reviewing`: the job whose review is on screen; nothing new starts until it is saved or cancelled.
 */
export const importLaunch = $state<{ preparing: string | null; failure: unknown; waiting: string[]; reviewing: string | null }>({
  preparing: null,
  failure: null,
  waiting: [],
  reviewing: null,
});

const queue = new ImportQueue<ImportSource>();

type Starter = Pick<BriefingApi, 'startImport'>;

/** Queues the files and, unless a review or another file is under way, opens the first one's review. */
export async function launchImports(api: Starter, files: readonly ImportSource[]): Promise<void> {
  queue.add(files);
  importLaunch.waiting = queue.names;
  if (importLaunch.reviewing === null && importLaunch.preparing === null) await startNext(api);
  else if (files.length > 0) toasts.show(t('importQueued', { names: files.map((f) => f.name).join('、') }), { key: 'import-queue' });
}

export const launchImport = (api: Starter, file: ImportSource | undefined): Promise<void> => launchImports(api, file ? [file] : []);

/** Opens the review of the next waiting file (a file refused on the way is reported, and the next tried); false when none waits. */
export async function startNext(api: Starter): Promise<boolean> {
  for (let file = queue.take(); file; file = queue.take()) {
    importLaunch.waiting = queue.names;
    importLaunch.preparing = file.name;
    importLaunch.failure = null;
    try {
      const job = await startImportFromFile(api, file);
      location.hash = routeHref({ name: 'import', jobId: job.id });
      return true;
    } catch (err) {
      importLaunch.failure = err;
    } finally {
      importLaunch.preparing = null;
    }
  }
  importLaunch.waiting = [];
  return false;
}
