/**
 * Worker entry for `--jobs N`: processes a batch of files and returns plain outcomes
 * (findings, edits, fixed text). ASTs never cross threads: shipping them costs more than
 * parsing again.
 */
import { prepareJob, processFile, type EngineJob, type FileOutcome, type FileTask, type PreparedJob } from './process-file';

export interface WorkerBatch {
  jobKey: string;
  job: EngineJob;
  tasks: FileTask[];
}

let cached: { key: string; prepared: PreparedJob } | undefined;

export default async function processBatch(batch: WorkerBatch): Promise<FileOutcome[]> {
  if (!cached || cached.key !== batch.jobKey) cached = { key: batch.jobKey, prepared: prepareJob(batch.job) };
  const outcomes: FileOutcome[] = [];
  for (const task of batch.tasks) outcomes.push(await processFile(task, cached.prepared));
  return outcomes;
}
