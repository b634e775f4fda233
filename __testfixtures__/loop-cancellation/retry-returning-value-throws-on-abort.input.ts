import { setTimeout as sleep } from 'node:timers/promises';

interface Connection {
  send(line: string): void;
}

async function connectWithRetry(connect: () => Promise<Connection>): Promise<Connection> {
  let wait = 500;
  do {
    try {
      return await connect();
    } catch {
      await sleep(wait);
      wait = Math.min(wait * 2, 30_000);
    }
  } while (true);
}

export async function openBus(connect: () => Promise<Connection>, signal: AbortSignal): Promise<Connection> {
  return connectWithRetry(connect);
}
