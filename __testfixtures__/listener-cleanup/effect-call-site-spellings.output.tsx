import React, { useEffect as useMountEffect, useLayoutEffect } from 'react';

export function Spellings({ onResize, onScroll, onFocus, onMessage }: { onResize: () => void; onScroll: () => void; onFocus: () => void; onMessage: (event: MessageEvent) => void }) {
  React.useEffect(() => {
    globalThis.addEventListener('resize', onResize);
    return () => {
      globalThis.removeEventListener('resize', onResize);
    };
  }, [onResize]);
  useMountEffect(() => {
    addEventListener('scroll', onScroll);
    return () => {
      removeEventListener('scroll', onScroll);
    };
  }, [onScroll]);
  useLayoutEffect(() => {
    self.addEventListener('focus', onFocus);
    return () => {
      self.removeEventListener('focus', onFocus);
    };
  }, [onFocus]);
  React.useInsertionEffect(() => {
    (window as Window).addEventListener('message', onMessage);
    return () => {
      (window as Window).removeEventListener('message', onMessage);
    };
  }, [onMessage]);
  return null;
}
