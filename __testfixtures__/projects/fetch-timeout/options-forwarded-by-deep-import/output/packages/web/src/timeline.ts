import { requestJson } from '@acme/client/src/request';

export function loadTimeline(signal: AbortSignal) {
  return requestJson('/timeline', { signal });
}
