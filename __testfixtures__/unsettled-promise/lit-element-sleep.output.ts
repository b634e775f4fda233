import { LitElement, html } from 'lit';

export class FlashMessage extends LitElement {
  private readonly controller = new AbortController();
  message = '';

  async show(message: string): Promise<void> {
    this.message = message;
    await new Promise<void>((resolve, reject) => {
      if (this.controller.signal.aborted) { reject(this.controller.signal.reason); return; }
      const timer = setTimeout(() => { this.controller.signal.removeEventListener('abort', onAbort); resolve(undefined); }, 4000);
      const onAbort = () => { clearTimeout(timer); reject(this.controller.signal.reason); };
      this.controller.signal.addEventListener('abort', onAbort, { once: true });
    });
    this.message = '';
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.controller.abort();
  }

  render() {
    return html`<p>${this.message}</p>`;
  }
}
