import { useEffect } from 'react';

// A bare call of a props function is work for the component: cancelling it at unmount stays automatic.
export function Splash({ onVisible }: { onVisible(): void }) {
  useEffect(() => {
    setTimeout(() => onVisible(), 1500);
  }, []);

  return <div className="splash" />;
}
