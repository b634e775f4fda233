import { LitElement, html } from 'lit';

// Lit runs firstUpdated() once per element: the listener is added once per element.
export class AppShell extends LitElement {
  private editing = '';

  protected firstUpdated(): void {
    document.body.addEventListener<any>('edit-file', (ev) => {
      this.editing = String(ev.detail);
    });
  }

  render() {
    return html`<main>${this.editing}</main>`;
  }
}

// The real leak next to it: connectedCallback runs at every connect and adds another.
export class FilePanel extends LitElement {
  private editing = '';

  private readonly handleEditFile = (ev: Event) => {
    this.editing = String((ev as CustomEvent).detail);
  };

  connectedCallback(): void {
    super.connectedCallback();
    document.body.addEventListener('edit-file', this.handleEditFile);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.body.removeEventListener('edit-file', this.handleEditFile);
  }

  render() {
    return html`<aside>${this.editing}</aside>`;
  }
}
