// Still findings: `show()` may run again and again, each run a new element with a new listener,
// the old ones perhaps still in the page; and a constructor that hands its element to the host
// (`this.host.appendChild(this.panel)`), where it stays with the instance's listener.
export class Popup {
  el: HTMLElement | null = null;

  constructor(private readonly host: HTMLElement) {}

  show(): void {
    this.el = document.createElement('div');
    this.host.appendChild(this.el);
    this.el.addEventListener('click', () => this.close());
  }

  close(): void {
    this.el?.classList.add('closed');
  }
}

export class Banner {
  panel: HTMLElement;

  constructor(private readonly host: HTMLElement) {
    this.panel = document.createElement('div');
    this.host.appendChild(this.panel);
    this.panel.addEventListener('click', () => this.dismiss());
  }

  dismiss(): void {
    this.panel.hidden = true;
  }
}
