// Not a finding: the panel makes its element, and destroy() takes it out of the page: the
// listeners on it and on its descendants go with it (siyuan's block popover).
export class Panel {
  element: HTMLElement;

  constructor(onPin: () => void) {
    this.element = document.createElement('div');
    this.element.innerHTML = '<div class="content"></div>';
    document.body.append(this.element);
    this.element.addEventListener('dblclick', () => onPin());
    this.element.querySelector('.content')!.addEventListener('scroll', () => this.element.classList.add('scrolled'));
  }

  destroy() {
    this.element.remove();
  }
}

// Still a finding: remove(x) with an argument takes the element out of a list, not out of
// the page.
export class Tabs {
  element: HTMLElement;
  list: { remove(item: HTMLElement): void };

  constructor(list: { remove(item: HTMLElement): void }) {
    this.list = list;
    this.element = document.createElement('div');
    document.body.append(this.element);
    this.element.addEventListener('click', this.onClick);
  }

  onClick = () => {
    this.element.classList.toggle('active');
  };

  destroy() {
    this.list.remove(this.element);
  }
}
