import { parentPort } from 'node:worker_threads';
import { ImportFailure, parseFile } from '../parse/index.ts';
import type { ParseRequest, WorkerMessage } from './protocol.ts';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

// One request at a time: the app sends the next only once this one is answered.
parentPort!.on('message', (request: ParseRequest) => {
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
});
