import type { ApiArg, BriefingApi } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';

/** How often a command asks whether its export is done. */
const pollMs = 50;

/** Runs one export through the API's export jobs, as the app's export dialog does, and hands back the file's bytes. */
export async function exportFile(api: BriefingApi, request: ApiArg<'startExport'>): Promise<Buffer> {
  let job = await api.startExport(request);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    job = await api.getExportJob({ id: job.id });
  }
  if (job.state === 'failed') throw job.error ? new ApiError(job.error) : ApiError.of('internal');
  return Buffer.from((await api.takeExport({ id: job.id })).data, 'base64');
}
