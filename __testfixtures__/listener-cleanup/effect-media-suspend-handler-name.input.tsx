import { useEffect, useState } from 'react';

// `suspend` is one word (a media element's event, Electron's power monitor's): the hoisted handler
// is handleSuspend, not handleSuspEnd; `loadend` is still `load` + `end`.
export function useBuffering(video: HTMLVideoElement): boolean {
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    video.addEventListener('suspend', () => setStalled(true));
    video.addEventListener('loadend', () => setStalled(false));
  }, [video]);
  return stalled;
}
