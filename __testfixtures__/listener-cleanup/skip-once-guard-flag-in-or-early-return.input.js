import { openChannel } from './channel';

let channel;

// `channel` is one operand of the `||` the bare return stops on: once it is set, every later call
// returns there, so the listener is added once per page, by intent.
export function connectLiveUpdates(enabled, offline) {
  if (!enabled || offline || channel) {
    return;
  }
  channel = openChannel('/live');
  channel.on('refresh', (payload) => {
    console.log('refresh', payload.id);
  });
}
