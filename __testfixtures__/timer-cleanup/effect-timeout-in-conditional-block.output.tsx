import { useEffect } from 'react';

export function Hint({ show, hide }: { show: boolean; hide: () => void }) {
  useEffect(() => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined;
    if (show) {
      timeoutId = setTimeout(hide, 2000);
    }
    return () => {
      clearTimeout(timeoutId);
    };
  }, [show, hide]);

  return null;
}
