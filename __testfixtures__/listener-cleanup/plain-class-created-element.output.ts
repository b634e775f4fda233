// An editor widget with no lifecycle of its own: toDOM() builds its element each time.
export class UploadAnchorWidget {
  constructor(private readonly onRetry: () => void) {}

  toDOM(): HTMLElement {
    const root = document.createElement('span');
    let action: HTMLElement;
    action = document.createElement('button');
    action.textContent = 'Retry';
    // Not a finding: an element this method makes; its listener goes with it.
    action.addEventListener('click', this.onRetry);
    root.appendChild(action);
    // Still reported (low): the document outlives every widget, and each toDOM() adds one more.
    document.addEventListener('keydown', this.onKey);
    return root;
  }

  private onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.onRetry();
  };
}
