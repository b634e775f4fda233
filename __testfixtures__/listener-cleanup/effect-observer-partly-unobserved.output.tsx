import { useEffect } from 'react';

export function useSelectorSizes(onResize: () => void): void {
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    observer.observe(document.body);
    observer.observe(document.querySelector('.selector')!);
    return () => {
      observer.unobserve(document.body);
      observer.disconnect();
    };
  }, [onResize]);
}

export function useEverySelector(onResize: () => void): void {
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    for (const element of document.querySelectorAll('.selector')) {
      observer.observe(element);
    }
    return () => {
      for (const element of document.querySelectorAll('.selector')) {
        observer.unobserve(element);
      }
      observer.disconnect();
    };
  }, [onResize]);
}

export function useEveryMatch(onResize: () => void): void {
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    Array.from(document.querySelectorAll('.selector')).forEach((element) => {
      observer.observe(element);
    });
    return () => {
      Array.from(document.querySelectorAll('.selector')).forEach((element) => {
        observer.unobserve(element);
      });
      observer.disconnect();
    };
  }, [onResize]);
}
