import { logger } from './logger';

async function sync(): Promise<void> {}

export function start() {
  void sync().catch((error) => logger.error(error));
}
