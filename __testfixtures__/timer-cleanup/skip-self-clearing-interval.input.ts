import { useEffect } from 'react';

export function useRetry(attempt: () => boolean) {
  useEffect(() => {
    const retryId = setInterval(() => {
      if (attempt()) clearInterval(retryId);
    }, 500);
  }, [attempt]);
}
