import { useEffect, useRef, useState } from 'react';

export function Panel() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]!.contentRect.width));
    observer.observe(ref.current);
  }, []);
  useEffect(() => {
    new IntersectionObserver(([entry]) => setVisible(entry!.isIntersecting)).observe(ref.current!);
  }, []);
  useEffect(() => {
    const observer = new MutationObserver(() => console.log('changed'));
    observer.observe(document.body, { childList: true });
    observer.observe(document.head, { childList: true });
  }, []);
  useEffect(() => {
    const observer = new PerformanceObserver((list) => console.log(list.getEntries()));
    observer.observe({ entryTypes: ['longtask'] });
  }, []);
  return <div ref={ref}>{width} {visible ? 'visible' : 'hidden'}</div>;
}
