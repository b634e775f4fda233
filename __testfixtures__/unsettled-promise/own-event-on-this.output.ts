// A component that waits for an event it dispatches itself on its own instance: its own state
// change, no error event, the listener goes with it. No finding. A wait on `this` for a platform
// event the class never dispatches ('transitionend' may never come) is still a finding.
export class ToastNote extends HTMLElement {
  private visible = false;

  dismiss(): void {
    this.visible = false;
    this.dispatchEvent(new CustomEvent('note-closed'));
  }

  untilClosed(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.addEventListener('note-closed', () => resolve(), { once: true });
    });
  }

  untilFaded(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.addEventListener('transitionend', () => resolve(), { once: true });
    });
  }

  isVisible(): boolean {
    return this.visible;
  }
}
