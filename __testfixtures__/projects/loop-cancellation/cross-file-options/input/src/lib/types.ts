/** How often the queue is read. */
export interface WatchOptions {
  intervalMs: number;
}
