import { useEffect, useState } from 'react';

// `suspend` is one word (a media element's event, Electron's power monitor's): the hoisted handler
// is handleSuspend, not handleSuspEnd; `loadend` is still `load` + `end`.
export function useBuffering(video: HTMLVideoElement): boolean {
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    const handleSuspend = () => setStalled(true);
    video.addEventListener('suspend', handleSuspend);
    const handleLoadEnd = () => setStalled(false);
    video.addEventListener('loadend', handleLoadEnd);
    return () => {
      video.removeEventListener('suspend', handleSuspend);
      video.removeEventListener('loadend', handleLoadEnd);
    };
  }, [video]);
  return stalled;
}
