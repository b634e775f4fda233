import { onMount } from 'solid-js';

// The plugin context's `ipc` wraps each listener in its own `on` and offers no way to remove
// one: a cleanup calling `ipc.off(…)` would throw when the title bar unmounts. Reported, no fix.
type PluginIpc = {
  send: (channel: string, ...args: unknown[]) => void;
  on: (channel: string, listener: (...args: unknown[]) => void) => void;
  removeAllListeners: (channel: string) => void;
};
interface PluginContext {
  ipc: PluginIpc;
}

export type MenuBarProps = { ipc: PluginContext['ipc']; collapsed?: boolean };

export const MenuBar = (props: MenuBarProps) => {
  const refresh = () => props.ipc.send('menu:refresh');
  onMount(() => {
    props.ipc.on('menu:changed', refresh);
  });
  return <nav />;
};
