import { onCleanup, onMount } from 'solid-js';

declare class Player {
  constructor(options: { container: HTMLElement });
  on(event: string, handler: () => void): void;
  destroy(): void;
}
declare const bus: { on(event: string, handler: () => void): void; off(event: string, handler: () => void): void };

// The player the mount hook makes is destroyed in the component's cleanup: its listeners go with it.
export function VideoPreview(props: { next: () => void; container: HTMLElement }) {
  let player: Player | undefined;
  onMount(() => {
    player = new Player({ container: props.container });
    player.on('video:ended', () => props.next());
    const handleSeek = () => props.next();
    // Still a finding: the bus outlives the component.
    bus.on('seek', handleSeek);
    onCleanup(() => bus.off('seek', handleSeek));
  });
  onCleanup(() => {
    player?.destroy();
  });
  return <div />;
}
