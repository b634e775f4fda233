import { useEffect } from 'react';

export function Tabs({ children }) {
  useEffect(() => {
    const container = document.getElementById('tabs-container');
    // The target may be missing: the suggested removal must not throw when it is.
    if (container) {
      container.addEventListener('wheel', function (event) {
        container.scrollLeft += event.deltaY;
      });
    }
  }, []);
  return <div id="tabs-container">{children}</div>;
}
