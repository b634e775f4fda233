// `close()` beside `open()` is a toggle, not an end: the drawer opens again. close() releases
// what open() acquired; the mask listener added once at init stays (the class has no disposal).
export class Drawer {
  private mask: HTMLElement;

  constructor(private panel: HTMLElement) {
    this.mask = document.createElement('div');
    document.body.appendChild(this.mask);
    this.mask.addEventListener('click', () => {
      this.close();
    });
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.close();
  };

  open() {
    this.panel.classList.add('open');
    document.addEventListener('keydown', this.onKeyDown);
  }

  close() {
    this.panel.classList.remove('open');
    document.removeEventListener('keydown', this.onKeyDown);
  }
}
