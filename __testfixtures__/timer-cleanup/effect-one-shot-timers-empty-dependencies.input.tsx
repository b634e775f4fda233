import * as React from 'react';
import { useEffect, useLayoutEffect } from 'react';

export function Intro({ focus, measure, prefetch }: { focus: () => void; measure: () => void; prefetch: () => void }) {
  useEffect(() => {
    setTimeout(focus, 300);
  }, []);

  useLayoutEffect(() => {
    requestAnimationFrame(measure);
  }, []);

  React.useEffect(() => {
    requestIdleCallback(prefetch);
  }, [] as const);

  return null;
}
