/**
 * The background worker: takes jobs from a small file-backed queue and publishes results on
 * the internal message bus. `runWorker` is started by the ops tooling, which lives in another
 * repository: its callers are not part of this project.
 */
import { EventEmitter } from 'node:events';
import net from 'node:net';
import { BUS_URL } from './config';
import { readJsonFile } from './lib/files';
import { sleep } from './lib/timing';

export interface Job {
  id: string;
  kind: 'check' | 'report';
  payload: Record<string, unknown>;
}

export class JobQueue extends EventEmitter {
  private readonly jobs: Job[] = [];

  constructor(private readonly file = process.env.QUEUE_FILE ?? './queue.json') {
    super();
  }

  /** Loads saved jobs, then emits 'ready' (or 'error'). */
  async open(): Promise<void> {
    try {
      this.jobs.push(...(await readJsonFile<Job[]>(this.file)));
      this.emit('ready');
    } catch (error) {
      this.emit('error', error);
    }
  }

  async next(): Promise<Job | undefined> {
    return this.jobs.shift();
  }
}

function connectToBus(url: string): Promise<net.Socket> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  // leak (unsettled-promise, suggestion): waits for 'connect' only: when the connection fails
  // the socket emits 'error' and this promise never settles; there is no timeout either.
  return new Promise((resolve) => socket.once('connect', () => resolve(socket)));
}

async function connectWithRetry(url: string): Promise<net.Socket> {
  let delay = 500;
  // leak (loop-cancellation, auto): retries for ever while the bus is down, and shutdown has no
  // way to interrupt it.
  do {
    try {
      return await connectToBus(url);
    } catch (error) {
      console.warn(`bus not reachable, retrying in ${delay} ms`, error);
      await sleep(delay);
      delay = Math.min(delay * 2, 30_000);
    }
  } while (true);
}

async function handle(job: Job, bus: net.Socket): Promise<void> {
  bus.write(`${JSON.stringify({ job: job.id, kind: job.kind, done: new Date().toISOString() })}\n`);
}

export default async function runWorker(queue = new JobQueue()): Promise<void> {
  const bus = await connectWithRetry(BUS_URL);
  // safe: `void` marks a deliberate fire-and-forget (open() reports failure as an 'error' event).
  void queue.open();
  // leak (unsettled-promise, suggestion): when opening fails the queue emits 'error', never
  // 'ready', and the worker waits here for ever.
  await new Promise((resolve) => queue.once('ready', resolve));
  // leak (loop-cancellation, suggestion): the worker loop has no way to stop. runWorker's callers
  // are outside this project, so adding a `signal` parameter needs a person to check them.
  for (;;) {
    const job = await queue.next();
    if (job) await handle(job, bus);
    else await sleep(1_000);
  }
}

let stopping = false;
// safe: a module-level listener on the process.
process.once('SIGTERM', () => {
  stopping = true;
});

/** Works through what is left in the queue, stopping early on SIGTERM. */
export async function drainQueue(queue: JobQueue, bus: net.Socket): Promise<number> {
  let handled = 0;
  // safe: exits when the queue is empty or when SIGTERM sets the `stopping` flag.
  while (!stopping) {
    const job = await queue.next();
    if (!job) break;
    await handle(job, bus);
    handled++;
  }
  return handled;
}
