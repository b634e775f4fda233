// Next to skip-once-listener-on-element-made-here: what stays a finding in a class with no lifecycle.
export class AssetLoaderLeaks {
  private loaded = 0;

  // A once listener on a long-lived target: every call adds one until the event comes.
  waitForPageLoad(): Promise<void> {
    return new Promise((resolve) => {
      window.addEventListener('load', () => resolve(), { once: true });
    });
  }

  // A permanent listener on an element it makes and puts in the page: it lives as long as the page.
  addButton(label: string): void {
    const button = document.createElement('button');
    button.textContent = label;
    button.addEventListener('click', () => this.loaded++);
    document.body.append(button);
  }

  // The variable may hold an element the caller gave: not made here.
  watch(existing?: HTMLElement): void {
    let element = existing;
    if (!element) element = document.createElement('div');
    element.addEventListener('transitionend', () => this.loaded++, { once: true });
    document.body.append(element);
  }
}
