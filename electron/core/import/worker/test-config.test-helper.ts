import { join } from 'node:path';
import type { ImportWorkerConfig } from './parse-in-worker.ts';

export const sourceWorker: ImportWorkerConfig = { script: join(import.meta.dirname, 'tsx-worker.test-helper.mjs') };
