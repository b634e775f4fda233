import { useEffect } from 'react';

export const Activity = ({ onActivity }: { onActivity: () => void }) => {
  const events = ['mousemove', 'mousedown', 'keydown', 'scroll', 'touchstart'];
  const handlers: Array<[string, () => void]> = [['focus', () => {}], ['blur', () => {}]];

  useEffect(() => {
    events.forEach((event) => {
      window.addEventListener(event, onActivity);
    });
    for (const [event, handler] of handlers) {
      window.addEventListener(event, handler);
    }
    return () => {
      events.forEach((evt) => {
        window.removeEventListener(evt, onActivity);
      });
      for (const [type, listener] of handlers) {
        window.removeEventListener(type, listener);
      }
    };
  }, []);

  return null;
};
