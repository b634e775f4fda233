// Each input's listener is removed in dispose(), through the array the inputs were collected in.
export class ItemList {
  private readonly processedInputs: HTMLInputElement[] = [];
  private readonly processedButtons: HTMLButtonElement[] = [];
  private readonly removeListeners: (() => void)[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (event: Event) => void,
    private readonly onClick: (event: Event) => void,
  ) {}

  mount(): void {
    for (const input of this.root.getElementsByTagName('input')) {
      input.addEventListener('change', this.onChange);
      this.processedInputs.push(input);
    }
    for (const button of this.root.getElementsByTagName('button')) {
      // Still a finding: dispose() removes another handler from the buttons.
      button.addEventListener('click', this.onClick);
      this.removeListeners.push(() => button.removeEventListener('click', this.onClick));
      this.processedButtons.push(button);
    }
  }

  dispose(): void {
    for (const item of this.processedInputs) {
      item.removeEventListener('change', this.onChange);
    }
    this.processedButtons.forEach((item) => item.removeEventListener('click', this.onChange));
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }
}
