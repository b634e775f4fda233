/**
 * Runs file batches in the main thread (`jobs: 1`) or in a pool of worker threads. A batch
 * whose worker dies becomes an internal error for each of its files, never a silent gap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareJob, processFile, readForProcessing, type EngineJob, type FileOutcome, type FileTask, type PreparedJob } from './process-file';
import type { WorkerBatch, WorkerItem } from './worker';
import type { TypeInfo } from '../core/finding';
import type { TypeLayer } from '../types/type-layer';

/**
 * Source text a worker should get at the least, in bytes of files that need parsing, when the
 * worker count is the default (`adaptive`). A worker costs its own start-up and a cold parser
 * (together roughly the parse of 1 MiB on the benchmark machine), so smaller workloads stay in
 * the main thread. An explicit `--jobs N` is honoured as asked.
 */
export const MIN_BYTES_PER_WORKER = 1024 * 1024;
/**
 * The most text (in characters) the triage keeps for the files it sends on. Every file is
 * triaged before the first is parsed (the inferred program needs the whole list of typed
 * files), so without a bound a 50,000-file monorepo held the text of every file to parse at
 * once; past the bound a file is read again when it is processed (and its prefilters run again).
 */
export const TRIAGE_TEXT_BUDGET = 48 * 1024 * 1024;

/**
 * Default worker count. Measured with `npm run bench` on 2 cores: a second JavaScript worker
 * gave no speed-up (V8's garbage collector already uses the other core), so small machines
 * stay in the main thread; larger ones use all cores but one for the main thread's writes.
 */
export function defaultJobs(cores = os.availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores - 1, 8);
}

/** The compiled worker script, or `null` when running from TypeScript sources without a build. */
export function findWorkerScript(): string | null {
  const candidates = [
    path.join(__dirname, 'worker.js'),
    path.resolve(__dirname, '../../dist/src/engine/worker.js'),
  ];
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

export interface PoolRun {
  outcomes: FileOutcome[];
  /** Worker count actually used. */
  jobs: number;
  notes: string[];
  /** What the type layer used (set when the job has one). */
  typeInfo?: TypeInfo;
  /** The type layer of the main thread, when the job has one (the project phase asks it too). */
  typeLayer?: TypeLayer;
}

function crashedOutcome(task: FileTask, error: unknown): FileOutcome {
  return {
    task,
    status: 'errored',
    findings: [],
    errors: [
      {
        file: task.displayPath,
        kind: 'internal',
        message: `worker crashed while processing this file's batch: ${(error as Error)?.message ?? String(error)}`,
      },
    ],
    eol: '\n',
    hasBom: false,
    parsed: false,
    notes: [],
    timings: { read: 0, prefilter: 0, parse: 0, rules: 0, fix: 0, prettier: 0 },
  };
}

export interface RunTasksOptions {
  /**
   * The worker count is a default, not the user's request: start no more workers than the
   * source to parse pays for (`MIN_BYTES_PER_WORKER` each), possibly none.
   */
  adaptive?: boolean;
  /**
   * Files of the run that need types but are not processed by this call (cache hits, other
   * shards' files): the inferred program covers them too, as it does in a run that processes
   * every file, so that the type answers do not depend on what the cache or the shard left out.
   */
  typedElsewhere?: readonly FileTask[];
  /** Overrides `TRIAGE_TEXT_BUDGET` (tests). */
  triageTextBudget?: number;
}

export async function runTasks(
  tasks: readonly FileTask[],
  job: EngineJob,
  requestedJobs: number,
  onOutcome: (outcome: FileOutcome) => void,
  options: RunTasksOptions = {},
): Promise<PoolRun> {
  const notes: string[] = [];
  let jobs = Math.max(1, Math.floor(requestedJobs));
  const workerScript = jobs > 1 ? findWorkerScript() : null;
  if (jobs > 1 && !workerScript) {
    notes.push('worker script not built (run `npm run build`); processing in the main thread');
    jobs = 1;
  }
  if (jobs > 1 && tasks.length < jobs * 4) jobs = 1;
  const outcomes: FileOutcome[] = [];
  if (jobs === 1 && !job.types) {
    // (no type layer: `typedElsewhere` does not matter)
    const prepared = prepareJob(job);
    for (const task of tasks) {
      let outcome: FileOutcome;
      try {
        outcome = await processFile(task, prepared);
      } catch (error) {
        outcome = crashedOutcome(task, error);
      }
      outcomes.push(outcome);
      onOutcome(outcome);
    }
    return { outcomes, jobs, notes };
  }

  const triaged = await triageInMainThread(tasks, job, outcomes, onOutcome, options.triageTextBudget ?? TRIAGE_TEXT_BUDGET);
  // The type layer lives in the main thread (one program per tsconfig, not one per worker):
  // files that need types are processed here, the others may go to workers.
  const typeLayer = triaged?.prepared.typeLayer ?? null;
  const typed = triaged ? triaged.typed : [];
  const inferredRoots = [...typed.map(({ task }) => task), ...(options.typedElsewhere ?? [])].sort((a, b) => (a.displayPath < b.displayPath ? -1 : 1));
  typeLayer?.setInferredRoots(inferredRoots.map((task) => ({ path: task.absolutePath, size: task.size })));
  const describeTypes = (): Pick<PoolRun, 'typeInfo' | 'typeLayer'> => (typeLayer ? { typeInfo: typeLayer.describe(), typeLayer } : {});
  // A job that cannot be prepared here fails in the workers too, batch by batch, as before.
  const toParse: WorkerItem[] = triaged ? triaged.toParse : tasks.map((task) => ({ task }));
  if (triaged && options.adaptive) jobs = Math.min(jobs, Math.floor(triaged.bytesToParse / MIN_BYTES_PER_WORKER));
  if (triaged && (jobs <= 1 || toParse.length === 0)) {
    await processInMainThread([...typed, ...toParse], triaged.prepared, outcomes, onOutcome);
    return { outcomes, jobs: 1, notes, ...describeTypes() };
  }
  const { types: _types, ...workerJob } = job;

  const { Piscina } = await import('piscina');
  const pool = new Piscina<WorkerBatch, FileOutcome[]>({
    filename: workerScript!,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  const batchSize = Math.max(8, Math.min(64, Math.ceil(toParse.length / (jobs * 8))));
  const jobKey = JSON.stringify(workerJob);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < toParse.length; i += batchSize) {
    const batch = toParse.slice(i, i + batchSize);
    pending.push(
      pool.run({ jobKey, job: workerJob, items: batch }).then(
        (result) => {
          for (const outcome of result) {
            outcomes.push(outcome);
            onOutcome(outcome);
          }
        },
        (error: unknown) => {
          for (const { task } of batch) {
            const outcome = crashedOutcome(task, error);
            outcomes.push(outcome);
            onOutcome(outcome);
          }
        },
      ),
    );
  }
  if (triaged) await processInMainThread(typed, triaged.prepared, outcomes, onOutcome);
  await Promise.all(pending);
  await pool.destroy();
  return { outcomes, jobs, notes, ...describeTypes() };
}

interface Triage {
  prepared: PreparedJob;
  /** Files to parse that need no types (they may go to workers). */
  toParse: WorkerItem[];
  bytesToParse: number;
  /** Files to parse with the type layer, in the main thread. */
  typed: WorkerItem[];
}

/**
 * Most files of a project need no parse: read and prefilter them in the main thread (their
 * outcomes are final here) and keep for the workers only the files some rule wants parsed,
 * with their text. `null` when the job cannot be prepared.
 */
async function triageInMainThread(
  tasks: readonly FileTask[],
  job: EngineJob,
  outcomes: FileOutcome[],
  onOutcome: (outcome: FileOutcome) => void,
  textBudget: number,
): Promise<Triage | null> {
  let prepared: PreparedJob;
  try {
    prepared = prepareJob(job);
  } catch {
    return null;
  }
  const toParse: WorkerItem[] = [];
  const typed: WorkerItem[] = [];
  let bytesToParse = 0;
  let heldChars = 0;
  /** The item to process later: with the text read here while the budget allows, else read again then. */
  const keep = (task: FileTask, preRead: NonNullable<ReturnType<typeof readForProcessing>>): WorkerItem => {
    if (heldChars + preRead.raw.length > textBudget) return { task };
    heldChars += preRead.raw.length;
    return { task, preRead: { raw: preRead.raw, readMs: preRead.readMs, selected: preRead.selected, prefilterMs: preRead.prefilterMs } };
  };
  for (const task of tasks) {
    let preRead: ReturnType<typeof readForProcessing>;
    try {
      preRead = readForProcessing(task, prepared);
    } catch {
      preRead = null;
    }
    if (preRead?.needsTypes) {
      typed.push(keep(task, preRead));
    } else if (preRead?.needsParse) {
      toParse.push(keep(task, preRead));
      bytesToParse += preRead.raw.length;
    } else {
      await processInMainThread([preRead ? { task, preRead } : { task }], prepared, outcomes, onOutcome);
    }
  }
  return { prepared, toParse, bytesToParse, typed };
}

async function processInMainThread(
  items: readonly WorkerItem[],
  prepared: PreparedJob,
  outcomes: FileOutcome[],
  onOutcome: (outcome: FileOutcome) => void,
): Promise<void> {
  for (const { task, preRead } of items) {
    let outcome: FileOutcome;
    try {
      outcome = await processFile(task, prepared, preRead);
    } catch (error) {
      outcome = crashedOutcome(task, error);
    }
    outcomes.push(outcome);
    onOutcome(outcome);
  }
}
