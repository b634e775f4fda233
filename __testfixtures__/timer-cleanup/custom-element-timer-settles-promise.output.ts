// A one-shot timer that settles the promise it is written in is how that promise ends:
// cancelling it on disconnection would leave the promise pending for ever. The frame that
// only does work for the element is still cancelled.
export class FoldingPanel extends HTMLElement {
  private folded = false;
  private frameId?: number;

  connectedCallback(): void {
    this.frameId = requestAnimationFrame(() => this.measure());
  }

  disconnectedCallback(): void {
    void this.fold();
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
  }

  fold(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.folded = true;
      requestAnimationFrame(() => resolve());
    });
  }

  settleSoon(): Promise<string> {
    return new Promise<string>((done, fail) => {
      setTimeout(() => {
        if (this.folded) fail(new Error('folded'));
        else done('open');
      }, 40);
    });
  }

  wait(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      this.setAttribute('waiting', '');
      setTimeout(resolve, ms);
    });
  }

  measure(): void {
    this.toggleAttribute('tall', this.scrollHeight > 200);
  }
}
