import { useEffect } from 'react';

const EVENTS = ['mousemove', 'mousedown', 'keydown', 'scroll', 'touchstart'];

export function useActivity(onActivity: () => void): void {
  useEffect(() => {
    EVENTS.forEach((event) => {
      window.addEventListener(event, onActivity);
    });
    for (const event of EVENTS) {
      document.addEventListener(event, onActivity);
    }
  }, [onActivity]);
}
