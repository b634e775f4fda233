// A private method may be called on another instance of its class (`peer.announce()` is legal
// TypeScript): those calls count with `this.announce()`. Target without AbortSignal.timeout (no fix).
export class PeerLink {
  constructor(private readonly url: string) {}

  // Positive: every call, this one's and another instance's, drops the result: `medium`
  greet(peer: PeerLink) {
    this.announce('hello');
    void peer.announce('hello');
  }

  private announce(text: string) {
    return fetch(`${this.url}/announce`, { method: 'POST', body: text });
  }

  // Negative: another instance's call waits for the answer (awaited): `high`
  async sync(peer: PeerLink) {
    this.pull();
    await peer.pull();
  }

  private pull() {
    return fetch(`${this.url}/state`);
  }
}
