import { useEffect } from 'react';

export function useObservers(onResize: () => void): void {
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    observer.observe(document.body);
    observer.observe(document.querySelector('.selector')!);
    return () => {
      observer.disconnect();
    };
  }, [onResize]);
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    observer.observe(document.body);
    observer.observe(document.querySelector('.selector')!);
    return () => {
      observer.unobserve(document.body);
      observer.unobserve(document.querySelector('.selector')!);
      observer.disconnect();
    };
  }, [onResize]);
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    observer.observe(document.body);
    return () => {
      observer.unobserve(document.body);
    };
  }, [onResize]);
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    for (const element of document.querySelectorAll('.selector')) {
      observer.observe(element);
    }
    return () => observer.disconnect();
  }, [onResize]);
  useEffect(() => {
    const observer = new ResizeObserver(onResize);
    Array.from(document.querySelectorAll('.selector')).forEach((element) => {
      observer.observe(element);
    });
    return () => {
      observer.disconnect();
    };
  }, [onResize]);
}
