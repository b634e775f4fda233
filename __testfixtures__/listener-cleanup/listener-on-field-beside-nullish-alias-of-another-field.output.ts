import { EventEmitter } from 'node:events';

type Channel = EventEmitter & { end(): Promise<void> };
declare function openChannel(): Promise<Channel>;

// close() ends `this.backup ?? …`, another field: the listener on the channel
// kept in `this.channel` is still never removed.
export class Mirror extends EventEmitter {
  private channel?: Channel;
  private backup?: Channel;

  async open(): Promise<void> {
    const channel = await openChannel();
    channel.on('error', (err: Error) => this.emit('error', err));
    this.channel = channel;
  }

  async close(): Promise<void> {
    const other = this.backup ?? (await openChannel());
    other.removeAllListeners();
  }
}
