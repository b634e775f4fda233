import React, { useEffect as useMountEffect, useLayoutEffect } from 'react';

export function Spellings({ onResize, onScroll, onFocus, onMessage }: { onResize: () => void; onScroll: () => void; onFocus: () => void; onMessage: (event: MessageEvent) => void }) {
  React.useEffect(() => {
    globalThis.addEventListener('resize', onResize);
  }, [onResize]);
  useMountEffect(() => {
    addEventListener('scroll', onScroll);
  }, [onScroll]);
  useLayoutEffect(() => {
    self.addEventListener('focus', onFocus);
  }, [onFocus]);
  React.useInsertionEffect(() => {
    (window as Window).addEventListener('message', onMessage);
  }, [onMessage]);
  return null;
}
