import { openChannel } from './channel';

let channel;

// Still a finding: under `&&` the return needs `enabled` too, so a disabled call with a channel
// already open goes on and adds the listener again.
export function connectLiveUpdates(enabled) {
  if (enabled && channel) {
    return;
  }
  channel = openChannel('/live');
  channel.on('refresh', (payload) => {
    console.log('refresh', payload.id);
  });
}
