// A presence ping kept on the instance reschedules itself from its timeout:
// one field holding the latest handle stops the whole chain.
export class PresenceConnector {
  constructor(subscription) {
    this.subscription = subscription;
    this.schedulePing = () => {
      setTimeout(() => {
        this.subscription.ping();
        this.schedulePing();
      }, 20_000);
    };
    this.schedulePing();
  }

  disconnect() {
    this.subscription.unsubscribe();
  }
}
