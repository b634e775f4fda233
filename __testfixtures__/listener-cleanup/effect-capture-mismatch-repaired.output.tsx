import { useEffect } from 'react';

export function useOutsideClick(onOutside: (event: MouseEvent) => void): void {
  useEffect(() => {
    document.addEventListener('mousedown', onOutside, true);
    return () => document.removeEventListener('mousedown', onOutside, true);
  }, [onOutside]);
}

export function useFocusTrap(onFocus: (event: FocusEvent) => void): void {
  useEffect(() => {
    document.addEventListener('focusin', onFocus, { capture: true });
    return () => {
      document.removeEventListener('focusin', onFocus, { capture: true });
    };
  }, [onFocus]);
}

export function useScrollSpy(onScroll: () => void): void {
  useEffect(() => {
    window.addEventListener('scroll', onScroll);
    return () => window.removeEventListener('scroll', onScroll);
  }, [onScroll]);
}

export function useResizeCapture(onResize: () => void): void {
  useEffect(() => {
    const options = { capture: true };
    window.addEventListener('resize', onResize, options);
    return () => window.removeEventListener('resize', onResize, true);
  }, [onResize]);
}

export function useBothPhases(onWheel: () => void): void {
  useEffect(() => {
    window.addEventListener('wheel', onWheel, { capture: true });
    window.addEventListener('wheel', onWheel, { capture: false });
    return () => {
      window.removeEventListener('wheel', onWheel, { capture: false });
      window.removeEventListener('wheel', onWheel, { capture: true });
    };
  }, [onWheel]);
}
