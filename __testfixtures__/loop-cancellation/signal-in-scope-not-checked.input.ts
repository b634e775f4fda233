import { setTimeout as sleep } from 'node:timers/promises';

export async function tail(read: () => Promise<string>, signal?: AbortSignal) {
  while (true) {
    console.log(await read());
    await sleep(1000);
  }
}
