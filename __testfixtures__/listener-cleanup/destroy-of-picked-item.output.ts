// `destroy(itemId)` ends the one item its parameter picks from the instance's collection
// (`this.items.get(itemId)`), not the instance: the message handler below calls it for one item
// and goes on serving the others. A release written into it would drop the very handler that
// called it, so it is no place for one; the listeners are reported as having no owner's end.
import { parentPort } from 'node:worker_threads';

interface Command {
  kind: 'start' | 'stop';
  itemId: number;
}

export class ItemHost {
  private readonly items = new Map<number, { destroy(): Promise<void> }>();

  public async destroy(itemId: number): Promise<void> {
    const item = this.items.get(itemId);
    if (!item) throw new RangeError(`no item ${itemId}`);
    await item.destroy();
  }

  public start(): void {
    for (const itemId of [1, 2, 3]) {
      this.items.set(itemId, { destroy: async () => console.log('destroyed', itemId) });
    }
    parentPort!.on('message', async (command: Command) => {
      if (command.kind === 'stop') await this.destroy(command.itemId);
    });
  }
}

export class PickedHost {
  private readonly items = new Map<number, { destroy(): void }>();

  public destroy(itemId: number): void {
    this.items.get(itemId)?.destroy();
  }

  public start(): void {
    parentPort!.on('message', (command: Command) => {
      if (command.kind === 'stop') this.destroy(command.itemId);
    });
  }
}
