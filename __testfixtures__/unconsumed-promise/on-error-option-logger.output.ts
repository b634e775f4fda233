import { logger } from './logger';

async function sync(): Promise<void> {}

export function start() {
  void sync().catch((error) => { if (error?.name !== 'AbortError') logger.error(error); });
}
