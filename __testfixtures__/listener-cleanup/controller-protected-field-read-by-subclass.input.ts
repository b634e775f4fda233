// Only a private field can be known unread: a subclass reads this one's signal, so never
// aborting it when the object goes still leaves the subclass's requests running.
export class Base {
  protected controller = new AbortController();

  dispose(): void {
    console.log('disposed');
  }
}

export class Poller extends Base {
  start(url: string): void {
    void fetch(url, { signal: this.controller.signal });
  }
}
