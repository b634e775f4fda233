import { useEffect } from 'react';

export function useBlockCleanup(onResize: () => void, timer: number): void {
  useEffect(() => {
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [onResize, timer]);
}

export function useExpressionCleanup(onOnline: () => void, timer: number): void {
  useEffect(() => {
    window.addEventListener('online', onOnline);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [onOnline, timer]);
}

export function useNamedCleanup(onOffline: () => void, timer: number): void {
  useEffect(() => {
    window.addEventListener('offline', onOffline);
    return function cleanup() {
      clearTimeout(timer);
      window.removeEventListener('offline', onOffline);
    };
  }, [onOffline, timer]);
}

export function useReturnedIdentifier(onFocus: () => void, timer: number): void {
  useEffect(() => {
    window.addEventListener('focus', onFocus);
    const stop = () => {
      clearTimeout(timer);
      window.removeEventListener('focus', onFocus);
    };
    return stop;
  }, [onFocus, timer]);
}

export function useEarlyReturns(onBlur: () => void, paused: boolean): void {
  useEffect(() => {
    window.addEventListener('blur', onBlur);
    if (paused) return () => {
      window.removeEventListener('blur', onBlur);
    };
    console.log('watching focus');
    return () => {
      window.removeEventListener('blur', onBlur);
    };
  }, [onBlur, paused]);
}
