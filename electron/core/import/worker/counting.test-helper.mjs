// Stands in for the parser to show which worker answered: every briefing it returns is
// titled with its thread and how many files that thread has read. It never answers for stall.txt.
import { parentPort, threadId } from 'node:worker_threads';

let served = 0;
parentPort.on('message', (request) => {
  if (request.fileName === 'stall.txt') return;
  served += 1;
  parentPort.postMessage({ type: 'done', parsed: { title: `${threadId}:${served}`, preface: null, notices: [], documents: [] } });
});
