/**
 * Worker entry for `--jobs N`: processes a batch of files and returns plain outcomes
 * (findings, edits, fixed text). ASTs never cross threads: shipping them costs more than
 * parsing again.
 */
import { prepareJob, processFile, type EngineJob, type FileOutcome, type FileTask, type PreRead, type PreparedJob } from './process-file';

/** A file to process, with its text when the main thread has read it already. */
export interface WorkerItem {
  task: FileTask;
  preRead?: PreRead;
}

export interface WorkerBatch {
  jobKey: string;
  job: EngineJob;
  items: WorkerItem[];
}

let cached: { key: string; prepared: PreparedJob } | undefined;

export default async function processBatch(batch: WorkerBatch): Promise<FileOutcome[]> {
  if (!cached || cached.key !== batch.jobKey) cached = { key: batch.jobKey, prepared: prepareJob(batch.job) };
  const outcomes: FileOutcome[] = [];
  for (const { task, preRead } of batch.items) outcomes.push(await processFile(task, cached.prepared, preRead));
  return outcomes;
}
