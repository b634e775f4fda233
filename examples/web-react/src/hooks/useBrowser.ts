/** Hooks over browser state: window size, media queries, connectivity, other tabs. */
import { useEffect, useState } from 'react';
import { addEventListener } from '../lib/events';

export function useWindowSize(): { width: number; height: number } {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    // leak (listener-cleanup, auto): never removed; every mount of a component using this hook
    // adds one more resize handler that holds its state setter.
    window.addEventListener('resize', onResize);
  }, []);
  return size;
}

const DARK = '(prefers-color-scheme: dark)';

export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK).matches);
  useEffect(() => {
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    // leak (listener-cleanup, auto): matchMedia() returns a new MediaQueryList on every call, so
    // the cleanup removes the handler from a different object and this one stays registered.
    window.matchMedia(DARK).addEventListener('change', onChange);
    return () => window.matchMedia(DARK).removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query.matches);
    onChange();
    // leak (listener-cleanup, auto): the legacy MediaQueryList listener (kept for Safari 13) is
    // never removed with removeListener.
    query.addListener(onChange);
  }, []);
  return reduced;
}

export function useOnlineStatus(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    // safe: the project's own addEventListener (not the DOM method) returns its undo, and the
    // effect returns that as its cleanup.
    return addEventListener(window, 'online', update);
  }, []);
  return online;
}

/** Time of the last pointer or key activity, to dim the wall display when nobody is looking. */
export function useLastActivity(): number {
  const [last, setLast] = useState(() => Date.now());
  useEffect(() => {
    // safe: aborted by the cleanup, which removes both listeners below.
    const controller = new AbortController();
    const onActivity = () => setLast(Date.now());
    // safe: registered with the controller's signal, and the cleanup aborts it.
    window.addEventListener('pointermove', onActivity, { signal: controller.signal, passive: true });
    // safe: the same.
    window.addEventListener('keydown', onActivity, { signal: controller.signal });
    return () => controller.abort();
  }, []);
  return last;
}

/** Incident ids acknowledged in this tab or in any other open tab of the dashboard. */
export function useCrossTabAcknowledgements(): [ReadonlySet<string>, (id: string) => void] {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    // leak (listener-cleanup, auto): the channel is never closed, so it keeps receiving (and
    // keeps this component's state alive) after unmount.
    const channel = new BroadcastChannel('acknowledged-incidents');
    channel.onmessage = (event: MessageEvent<string>) => setIds((previous) => new Set(previous).add(event.data));
  }, []);

  function acknowledge(id: string) {
    setIds((previous) => new Set(previous).add(id));
    // safe: closed right after posting.
    const channel = new BroadcastChannel('acknowledged-incidents');
    channel.postMessage(id);
    channel.close();
  }
  return [ids, acknowledge];
}
