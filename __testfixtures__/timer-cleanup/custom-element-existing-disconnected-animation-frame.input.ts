export class ScrollShadow extends HTMLElement {
  private onScroll = () => this.update();

  connectedCallback(): void {
    window.addEventListener('scroll', this.onScroll);
    requestAnimationFrame(() => this.update());
  }

  disconnectedCallback(): void {
    window.removeEventListener('scroll', this.onScroll);
  }

  update(): void {
    this.toggleAttribute('scrolled', window.scrollY > 0);
  }
}
