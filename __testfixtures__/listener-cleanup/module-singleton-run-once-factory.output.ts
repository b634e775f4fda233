import { EventEmitter } from 'node:events';

declare function createClient(url: string): EventEmitter;
declare function report(error: unknown): void;

// The one instance of each class is made by a factory the module calls once, while it loads:
// the constructors run once per process.
export class RedisCache {
  readonly client: EventEmitter;
  constructor(url: string) {
    this.client = createClient(url);
    this.client.on('error', (error) => {
      report(error);
    });
  }
}

export class MemoryCache {
  constructor(readonly bus: EventEmitter) {
    bus.on('flush', () => {
      report('flush');
    });
  }
}

export const cacheFactory = (url?: string) => (url ? new RedisCache(url) : new MemoryCache(new EventEmitter()));

export const cache = cacheFactory(process.env.REDIS_URL);

// Made by a factory the module calls on every request: each instance adds a listener to the
// shared bus that nothing removes.
const requests = new EventEmitter();

class RequestTracker {
  constructor(readonly id: string) {
    requests.on('abort', () => {
      report(this.id);
    });
  }
}

const makeTracker = (id: string) => new RequestTracker(id);

export function handle(id: string) {
  return makeTracker(id);
}
