import { drain } from './drain.js';

export function start(signal: AbortSignal): void {
  void drain('jobs', 5);
}
