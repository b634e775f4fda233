import { setTimeout as sleep } from 'node:timers/promises';

// Overload signatures: a new last parameter would sit at a different position in each, so the
// signal is not added (report-only; the message says why).
export function drain(queue: string): Promise<void>;
export function drain(queue: string, batch: number): Promise<void>;
export async function drain(queue: string, batch = 10): Promise<void> {
  while (true) {
    console.debug(`draining ${batch} from ${queue}`);
    await sleep(10);
  }
}
