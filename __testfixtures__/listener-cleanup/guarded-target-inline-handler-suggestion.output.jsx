import { useEffect } from 'react';

export function Tabs({ children }) {
  useEffect(() => {
    const container = document.getElementById('tabs-container');
    const handleWheel = function (event) {
      container.scrollLeft += event.deltaY;
    };
    // The target may be missing: the suggested removal must not throw when it is.
    if (container) {
      container.addEventListener('wheel', handleWheel);
    }
    return () => {
      container?.removeEventListener('wheel', handleWheel);
    };
  }, []);
  return <div id="tabs-container">{children}</div>;
}
