import { z } from 'zod';

async function sync(): Promise<void> {}

export function start() {
  sync();
  z.string();
}
