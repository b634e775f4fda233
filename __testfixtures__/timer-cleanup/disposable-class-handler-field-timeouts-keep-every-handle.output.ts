// A click handler field may run many times before dispose(): several flashes can be pending at
// once, so every handle is kept (LEAKS.md: never only the latest one) — as a suggestion, since
// the array also keeps the handles of timers that already fired until dispose() empties it.
export class CopyButton {
  private readonly timeoutIds: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly el: HTMLElement) {
    el.addEventListener('click', this.onClick);
  }

  onClick = () => {
    this.el.classList.add('copied');
    this.timeoutIds.push(setTimeout(() => this.el.classList.remove('copied'), 1_500));
  };

  dispose(): void {
    this.el.removeEventListener('click', this.onClick);
    for (const timeoutId of this.timeoutIds.splice(0)) clearTimeout(timeoutId);
  }
}
