import { bus } from './bus';

// Made once, at main.ts's top level, but its removal names the event 'contactsync', not
// 'contactSync': the author meant to end it, and it never is (high, made once or not).
export class SyncRequest {
  private onContacts = () => console.log('contacts');

  constructor() {
    bus.on('contactSync', this.onContacts);
  }

  cleanup() {
    bus.off('contactsync', this.onContacts);
  }
}
