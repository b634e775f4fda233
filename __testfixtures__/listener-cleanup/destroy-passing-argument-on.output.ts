// `destroy(options)` that hands its argument on to what the instance holds
// (`this.connection.destroy(options)`) is the instance's end: the listener the instance adds on
// a long-lived emitter is removed there.
import { parentPort } from 'node:worker_threads';

interface Connection {
  destroy(options?: { code: number }): Promise<void>;
}

export class Relay {
  constructor(private readonly connection: Connection) {}

  public async destroy(options?: { code: number }): Promise<void> {
    await this.connection.destroy(options);
    parentPort!.off('message', this.onMessage);
  }

  public start(): void {
    parentPort!.on('message', this.onMessage);
  }

  private readonly onMessage = (message: unknown): void => {
    console.log(message);
  };
}
