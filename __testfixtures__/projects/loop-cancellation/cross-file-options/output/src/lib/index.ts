export { watchQueue } from './watcher.js';
export type { WatchOptions } from './types.js';
