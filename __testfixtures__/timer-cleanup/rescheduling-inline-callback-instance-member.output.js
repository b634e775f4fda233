// A presence ping kept on the instance reschedules itself from its timeout:
// one field holding the latest handle stops the whole chain.
export class PresenceConnector {
  #timeoutId;

  constructor(subscription) {
    this.subscription = subscription;
    this.schedulePing = () => {
      this.#timeoutId = setTimeout(() => {
        this.subscription.ping();
        this.schedulePing();
      }, 20_000);
    };
    this.schedulePing();
  }

  disconnect() {
    this.subscription.unsubscribe();
    clearTimeout(this.#timeoutId);
  }
}
