import { useLayoutEffect, useEffect } from 'react';

export function Measure({ onSize, onIdle }: { onSize: (width: number) => void; onIdle: () => void }) {
  useLayoutEffect(() => {
    requestAnimationFrame(() => onSize(document.body.clientWidth));
  }, [onSize]);

  useEffect(() => {
    requestIdleCallback(() => onIdle());
  }, [onIdle]);

  return null;
}
