import { LitElement, html } from 'lit';

export class FlashMessage extends LitElement {
  message = '';

  async show(message: string): Promise<void> {
    this.message = message;
    await new Promise<void>((resolve) => setTimeout(resolve, 4000));
    this.message = '';
  }

  render() {
    return html`<p>${this.message}</p>`;
  }
}
