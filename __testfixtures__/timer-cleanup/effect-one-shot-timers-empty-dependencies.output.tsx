import * as React from 'react';
import { useEffect, useLayoutEffect } from 'react';

export function Intro({ focus, measure, prefetch }: { focus: () => void; measure: () => void; prefetch: () => void }) {
  useEffect(() => {
    const timeoutId = setTimeout(focus, 300);
    return () => {
      clearTimeout(timeoutId);
    };
  }, []);

  useLayoutEffect(() => {
    const frameId = requestAnimationFrame(measure);
    return () => {
      cancelAnimationFrame(frameId);
    };
  }, []);

  React.useEffect(() => {
    const idleCallbackId = requestIdleCallback(prefetch);
    return () => {
      cancelIdleCallback(idleCallbackId);
    };
  }, [] as const);

  return null;
}
