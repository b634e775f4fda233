import { z } from 'zod';
import { logger } from '@acme/log';

async function sync(): Promise<void> {}

export function start() {
  void sync().catch((error) => { if (error?.name !== 'AbortError') logger.error(error); });
  z.string();
}
