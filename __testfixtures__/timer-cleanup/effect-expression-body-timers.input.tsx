import * as React from 'react';
import { useEffect, useLayoutEffect } from 'react';

export function Dashboard({ tick, measure, notice, show }: { tick: () => void; measure: () => void; notice: string; show: (text: string) => void }) {
  useEffect(() => void setInterval(tick, 1000), []);

  useLayoutEffect(
    () => void requestAnimationFrame(measure),
    [],
  );

  // Parenthesised, through the React namespace.
  React.useEffect(() => (void setInterval(tick, 5000)), []);

  // A one-shot timer in an effect with dependencies: still a suggestion.
  useEffect(() => void setTimeout(() => show(notice), 1_000), [notice]);

  // Not the timer itself: the handle is handed on, or the body does more.
  useEffect(() => void register(setInterval(tick, 1000)), []);
  useEffect(() => console.debug(setTimeout(tick, 1_000)), []);

  return null;
}

declare function register(id: unknown): void;
