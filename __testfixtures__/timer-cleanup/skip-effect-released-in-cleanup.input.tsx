import { useEffect } from 'react';

export function Released({ tick }: { tick: () => void }) {
  useEffect(() => {
    const a = setInterval(tick, 1000);
    return () => clearInterval(a);
  }, [tick]);

  useEffect(() => {
    const b = window.setInterval(tick, 1000);
    return () => window.clearInterval(b);
  }, [tick]);

  useEffect(() => {
    const c = global.setTimeout(tick, 1000);
    return () => global.clearTimeout(c);
  }, [tick]);

  useEffect(() => {
    const d = setInterval(tick, 1000);
    return () => globalThis.clearInterval(d);
  }, [tick]);

  useEffect(() => {
    const e = globalThis.setTimeout(tick, 1000);
    return () => clearTimeout(e);
  }, [tick]);

  useEffect(() => {
    const f = requestAnimationFrame(tick);
    const g = requestIdleCallback(tick);
    return () => {
      cancelAnimationFrame(f);
      cancelIdleCallback(g);
    };
  }, [tick]);

  return null;
}
