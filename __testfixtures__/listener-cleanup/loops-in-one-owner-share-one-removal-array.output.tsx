import { useEffect } from 'react';

export function Tabs({ tabs, panels }: { tabs: HTMLElement[]; panels: HTMLElement[] }) {
  useEffect(() => {
    const onClick = () => {};
    const removeListeners: (() => void)[] = [];
    for (const tab of tabs) {
      tab.addEventListener('click', onClick);
      removeListeners.push(() => tab.removeEventListener('click', onClick));
    }
    panels.forEach((panel) => {
      panel.addEventListener('focus', onClick);
      removeListeners.push(() => panel.removeEventListener('focus', onClick));
    });
    return () => {
      for (const removeListener of removeListeners) removeListener();
    };
  }, []);
  return null;
}
