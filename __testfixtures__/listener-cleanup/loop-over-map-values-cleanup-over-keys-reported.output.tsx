import { useEffect, useState } from 'react';
import type { Poll } from './poll';

// The cleanup loops over `polls.keys()`, not the polls the effect listened to (each key is a
// poll mapped to another one): the removals name other values, so the listener is still reported.
export function usePollsWithResponses(polls: Map<Poll, Poll>): Map<Poll, Poll> {
  const [withResponses, setWithResponses] = useState(polls);
  useEffect(() => {
    const onPollUpdate = (): void => {
      setWithResponses(new Map(polls));
    };
    const removeListeners: (() => void)[] = [];
    for (const poll of polls.values()) {
      poll.on('end', onPollUpdate);
      removeListeners.push(() => poll.off('end', onPollUpdate));
    }
    return () => {
      for (const poll of polls.keys()) {
        poll.off('end', onPollUpdate);
      }
      for (const removeListener of removeListeners) removeListener();
    };
  }, [polls]);
  return withResponses;
}
