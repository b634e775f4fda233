import * as React from 'react';
import { useEffect as useMountEffect, useInsertionEffect } from 'react';

export function Ticker({ tick }: { tick: () => void }) {
  React.useEffect(() => {
    const intervalId = setInterval(tick, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);

  useMountEffect(() => {
    const intervalId = setInterval(tick, 2000);
    return () => {
      clearInterval(intervalId);
    };
  }, [tick]);

  useInsertionEffect(() => {
    const timeoutId = setTimeout(tick, 0);
    return () => {
      clearTimeout(timeoutId);
    };
  });

  return null;
}
