import { PubSub } from './pubsub';

export class Jobs {
  static callbacks: Record<string, () => Promise<void>> = {};

  // Only ever called behind `!PubSub.initialized`, after `PubSub.init()`, which may set it once.
  static async initJobs(): Promise<void> {
    PubSub.subscriber.on('message', async (channel: string, message: string) => {
      await Jobs.callbacks[message]?.();
    });
  }

  static async workerCount(): Promise<number> {
    if (!PubSub.initialized) {
      await PubSub.init();
      await this.initJobs();
    }
    return PubSub.count();
  }

  // The flag is tested, but nothing in the block calls into its module: each call adds one more.
  static watch(): void {
    if (!PubSub.initialized) {
      PubSub.subscriber.on('error', (error: Error) => console.error(error));
    }
  }
}
