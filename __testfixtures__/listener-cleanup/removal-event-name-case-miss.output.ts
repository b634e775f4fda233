import { receiver } from './receiver';

export class SyncRequest {
  private readonly oncontact = (): void => this.finish();
  private readonly onblock = (): void => this.finish();

  constructor() {
    // Finding: the removal below names 'contactsync' — event names are case-sensitive, so this
    // listener stays on the long-lived receiver after every request.
    receiver.addEventListener('contactSync', this.oncontact);
    // Not a finding: removed under the same name.
    receiver.addEventListener('blockSync', this.onblock);
  }

  finish(): void {
    receiver.removeEventListener('contactsync', this.oncontact);
    receiver.removeEventListener('blockSync', this.onblock);
  }
}
