// The element's own click listener (added through `super`) dies with the
// element; the one on `window` outlives it and is removed on disconnect.
export class SizeBadge extends HTMLElement {
  private clicks = 0;

  private readonly onResize = () => {
    this.textContent = `${window.innerWidth}px, ${this.clicks} clicks`;
  };

  connectedCallback(): void {
    super.addEventListener('click', () => {
      this.clicks += 1;
    });
    window.addEventListener('resize', this.onResize);
  }

  disconnectedCallback(): void {
    window.removeEventListener('resize', this.onResize);
  }
}
