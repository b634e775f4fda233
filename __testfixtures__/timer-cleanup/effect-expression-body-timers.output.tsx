import * as React from 'react';
import { useEffect, useLayoutEffect } from 'react';

export function Dashboard({ tick, measure, notice, show }: { tick: () => void; measure: () => void; notice: string; show: (text: string) => void }) {
  useEffect(() => {
    const intervalId = setInterval(tick, 1000);
    return () => {
      clearInterval(intervalId);
    };
  }, []);

  useLayoutEffect(
    () => {
      const frameId = requestAnimationFrame(measure);
      return () => {
        cancelAnimationFrame(frameId);
      };
    },
    [],
  );

  // Parenthesised, through the React namespace.
  React.useEffect(() => {
    const intervalId = setInterval(tick, 5000);
    return () => {
      clearInterval(intervalId);
    };
  }, []);

  // A one-shot timer in an effect with dependencies: still a suggestion.
  useEffect(() => {
    const timeoutId = setTimeout(() => show(notice), 1_000);
    return () => {
      clearTimeout(timeoutId);
    };
  }, [notice]);

  // Not the timer itself: the handle is handed on, or the body does more.
  useEffect(() => void register(setInterval(tick, 1000)), []);
  useEffect(() => console.debug(setTimeout(tick, 1_000)), []);

  return null;
}

declare function register(id: unknown): void;
