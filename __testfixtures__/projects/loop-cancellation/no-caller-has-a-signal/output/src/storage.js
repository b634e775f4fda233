import { connectWithRetry } from './connect.js';

// The only caller has no signal to pass: the new parameter would stay unused.
export function openStorage(env) {
  const promise = connectWithRetry(env.url);
  return promise;
}
