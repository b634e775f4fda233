import { onMount } from 'solid-js';

// The same bar with an `ipc` whose type declares `off`: the listener is removed in onCleanup.
type PluginIpc = {
  send: (channel: string, ...args: unknown[]) => void;
  on: (channel: string, listener: (...args: unknown[]) => void) => void;
  off: (channel: string, listener: (...args: unknown[]) => void) => void;
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
