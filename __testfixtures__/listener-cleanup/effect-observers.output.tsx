import { useEffect, useRef, useState } from 'react';

export function Panel() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]!.contentRect.width));
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
    };
  }, []);
  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => setVisible(entry!.isIntersecting));
    observer.observe(ref.current!);
    return () => {
      observer.disconnect();
    };
  }, []);
  useEffect(() => {
    const observer = new MutationObserver(() => console.log('changed'));
    observer.observe(document.body, { childList: true });
    observer.observe(document.head, { childList: true });
    return () => {
      observer.disconnect();
    };
  }, []);
  useEffect(() => {
    const observer = new PerformanceObserver((list) => console.log(list.getEntries()));
    observer.observe({ entryTypes: ['longtask'] });
    return () => {
      observer.disconnect();
    };
  }, []);
  return <div ref={ref}>{width} {visible ? 'visible' : 'hidden'}</div>;
}
