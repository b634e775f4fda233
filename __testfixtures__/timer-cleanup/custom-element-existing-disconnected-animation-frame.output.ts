export class ScrollShadow extends HTMLElement {
  private frameId?: number;

  private onScroll = () => this.update();

  connectedCallback(): void {
    window.addEventListener('scroll', this.onScroll);
    this.frameId = requestAnimationFrame(() => this.update());
  }

  disconnectedCallback(): void {
    window.removeEventListener('scroll', this.onScroll);
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
  }

  update(): void {
    this.toggleAttribute('scrolled', window.scrollY > 0);
  }
}
