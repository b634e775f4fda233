import { EventEmitter } from 'node:events';

type Feed = EventEmitter & { end(): Promise<void> };
declare function subscribeFeed(): Promise<Feed>;

// The feed is kept in `this.feed` and handed to callers, but close() ends only
// `this.spare`: the listener on the feed is still never removed.
export class SpareHub extends EventEmitter {
  private feed?: Feed;
  private spare?: Feed;

  async getFeed(): Promise<Feed> {
    const feed = await subscribeFeed();
    feed.on('error', (err: Error) => this.emit('error', err));
    this.feed = feed;
    return feed;
  }

  async close(): Promise<void> {
    await this.spare?.end();
  }
}
