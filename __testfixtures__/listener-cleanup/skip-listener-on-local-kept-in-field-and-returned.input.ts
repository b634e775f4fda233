import { EventEmitter } from 'node:events';

type Feed = EventEmitter & { end(): Promise<void> };
declare function subscribeFeed(): Promise<Feed>;

// The feed is made once, handed to callers and kept in `this.feed`; close()
// removes its listeners through the field, the one listener included.
export class FeedHub extends EventEmitter {
  private feed?: Feed;
  private feedPromise?: Promise<Feed>;

  getFeed(): Promise<Feed> {
    if (!this.feedPromise) {
      this.feedPromise = (async () => {
        const feed = await subscribeFeed();
        feed.on('error', (err: Error) => this.emit('error', err));
        this.feed = feed;
        return feed;
      })();
    }
    return this.feedPromise;
  }

  async close(): Promise<void> {
    const feed = this.feed;
    if (feed) {
      feed.removeAllListeners();
      await feed.end();
    }
  }
}
