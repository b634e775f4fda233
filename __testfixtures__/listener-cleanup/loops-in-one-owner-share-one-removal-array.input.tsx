import { useEffect } from 'react';

export function Tabs({ tabs, panels }: { tabs: HTMLElement[]; panels: HTMLElement[] }) {
  useEffect(() => {
    const onClick = () => {};
    for (const tab of tabs) tab.addEventListener('click', onClick);
    panels.forEach((panel) => {
      panel.addEventListener('focus', onClick);
    });
  }, []);
  return null;
}
