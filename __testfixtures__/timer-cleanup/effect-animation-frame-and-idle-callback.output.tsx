import { useLayoutEffect, useEffect } from 'react';

export function Measure({ onSize, onIdle }: { onSize: (width: number) => void; onIdle: () => void }) {
  useLayoutEffect(() => {
    const frameId = requestAnimationFrame(() => onSize(document.body.clientWidth));
    return () => {
      cancelAnimationFrame(frameId);
    };
  }, [onSize]);

  useEffect(() => {
    const idleCallbackId = requestIdleCallback(() => onIdle());
    return () => {
      cancelIdleCallback(idleCallbackId);
    };
  }, [onIdle]);

  return null;
}
