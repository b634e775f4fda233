// The registration with its handler named would pass the print width on one line: it is laid
// out as prettier lays out a call (zulip's webview, where prettier did not run).
export class WebViewFrame extends HTMLElement {
  private readonly webview = document.createElement('iframe');

  private readonly handleDidNavigateInPage = () => {
    this.updateBackButton();
  };

  connectedCallback() {
    this.append(this.webview);
    window.addEventListener(
      'did-navigate-in-page',
      this.handleDidNavigateInPage,
    );
  }

  disconnectedCallback() {
    window.removeEventListener(
      'did-navigate-in-page',
      this.handleDidNavigateInPage,
    );
  }

  updateBackButton() {
    this.toggleAttribute('can-go-back', history.length > 1);
  }
}
