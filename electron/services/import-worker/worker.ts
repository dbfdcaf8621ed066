import { parentPort, workerData } from 'node:worker_threads';
import { ImportFailure, parseFile } from '../import/index.ts';
import type { ParseRequest, WorkerMessage } from './protocol.ts';

const request = workerData as ParseRequest;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parseFile(request.bytes, request.fileName, {
  locale: request.locale,
  skip: new Set(request.skip),
  onProgress: (done, total) => post({ type: 'progress', done, total }),
}).then(
  (parsed) => post({ type: 'done', parsed }),
  (err: unknown) => {
    if (err instanceof ImportFailure) post({ type: 'failed', reason: err.reason, ...(err.detail ? { detail: err.detail } : {}) });
    // Anything else a file made the parser throw means the file is not what it claims.
    else post({ type: 'failed', reason: 'corrupt', detail: err instanceof Error ? err.message : String(err) });
  },
);
