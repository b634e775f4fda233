import { useEffect } from 'react';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'scroll', 'touchstart'];

export function useActivity(onActivity: () => void): void {
  useEffect(() => {
    const removeListeners: (() => void)[] = [];
    EVENTS.forEach((event) => {
      window.addEventListener(event, onActivity);
      removeListeners.push(() => window.removeEventListener(event, onActivity));
    });
    for (const event of EVENTS) {
      document.addEventListener(event, onActivity);
      removeListeners.push(() => document.removeEventListener(event, onActivity));
    }
    return () => {
      for (const removeListener of removeListeners) removeListener();
    };
  }, [onActivity]);
}
