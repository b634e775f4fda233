// Not findings: the constructor fills `this.container` with an element it creates, and nothing
// else in the class writes the field: the listeners belong to that element and go with it.
export class SkipBar {
  container: HTMLElement;
  private timer: number | null = null;

  constructor(private readonly onSkip: () => void) {
    this.container = document.createElement('div');
    this.container.classList.add('skip-bar');
    this.container.addEventListener('click', () => this.onSkip());
    this.container.addEventListener('mouseenter', () => this.stopTimer());
  }

  getElement(): HTMLElement {
    return this.container;
  }

  stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }
}

// Still findings: the constructor puts its element in the document (it stays there for good), and
// a field another method fills again (each fill is another element, but the listener below is on
// whichever one the field holds when it runs).
export class Toast {
  panel: HTMLElement;
  label: HTMLElement;

  constructor() {
    this.panel = document.createElement('div');
    document.body.append(this.panel);
    this.panel.addEventListener('click', () => this.hide());
    this.label = document.createElement('span');
    this.label.addEventListener('click', () => this.hide());
  }

  relabel(): void {
    this.label = document.createElement('span');
  }

  hide(): void {
    this.panel.hidden = true;
  }
}
