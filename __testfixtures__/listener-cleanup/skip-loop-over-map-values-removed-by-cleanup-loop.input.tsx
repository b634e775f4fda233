import { useEffect, useState } from 'react';
import type { Poll } from './poll';

// The cleanup loops over `polls.values()` of the same Map as the effect: the same polls in the
// same order, so each listener the effect added is removed.
export function usePollsWithResponses(polls: Map<string, Poll>): Map<string, Poll> {
  const [withResponses, setWithResponses] = useState(polls);
  useEffect(() => {
    const onPollUpdate = (): void => {
      setWithResponses(new Map(polls));
    };
    for (const poll of polls.values()) {
      poll.on('end', onPollUpdate);
      poll.on('responses', onPollUpdate);
    }
    return () => {
      for (const poll of polls.values()) {
        poll.off('end', onPollUpdate);
        poll.off('responses', onPollUpdate);
      }
    };
  }, [polls]);
  return withResponses;
}
