import * as React from 'react';
import { useEffect as useMountEffect, useInsertionEffect } from 'react';

export function Ticker({ tick }: { tick: () => void }) {
  React.useEffect(() => {
    setInterval(tick, 1000);
  }, [tick]);

  useMountEffect(() => {
    setInterval(tick, 2000);
  }, [tick]);

  useInsertionEffect(() => {
    setTimeout(tick, 0);
  });

  return null;
}
