import { pollInbox } from './poller.js';

export function startInbox(signal) {
  void pollInbox({ folder: 'inbox', intervalMs: 10 });
}
