import { EventEmitter } from 'node:events';

type Channel = EventEmitter & { end(): Promise<void> };
declare function openChannel(): Promise<Channel>;

// close() reads the field through `this.channel ?? (await this.opening)`: where the
// field is set, the local is it, and ending the local ends its listeners.
export class Relay extends EventEmitter {
  private channel?: Channel;
  private opening?: Promise<Channel>;

  async open(): Promise<void> {
    const channel = await openChannel();
    channel.on('error', (err: Error) => this.emit('error', err));
    this.channel = channel;
  }

  async close(): Promise<void> {
    const channel = this.channel ?? (await this.opening);
    if (channel) {
      channel.removeAllListeners();
      await channel.end();
    }
  }
}
