import { useEffect } from 'react';

export function Hint({ show, hide }: { show: boolean; hide: () => void }) {
  useEffect(() => {
    if (show) {
      setTimeout(hide, 2000);
    }
  }, [show, hide]);

  return null;
}
