import { z } from 'zod';
import { logger } from '@acme/log';

async function sync(): Promise<void> {}

export function start() {
  void sync().catch((error) => logger.error(error));
  z.string();
}
