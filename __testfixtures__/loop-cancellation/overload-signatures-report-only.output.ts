import { setTimeout as sleep } from 'node:timers/promises';

async function follow(path: string): Promise<void>;
async function follow(path: string, lines: number): Promise<void>;
async function follow(path: string, lines = 10): Promise<void> {
  while (true) {
    console.log(path, lines);
    await sleep(500);
  }
}

export async function main(signal: AbortSignal) {
  await follow('/var/log/app.log');
}
