type Listener = (state: string) => void;

export class Jukebox {
  private listeners: Listener[] = [];
  private ready = false;

  onState(listener: Listener): void {
    this.listeners.push(listener);
  }

  changeTrack(): void {
    // Returns nothing or a chain that handles its own rejection: no finding.
    this.#resume();
    // The same from a public method, which a subclass could replace: reported, no fix.
    this.preview();
    // One of its returns is a chain without a rejection handler: reported, no fix.
    this.seek(0);
  }

  #resume(): Promise<void> | undefined {
    if (!this.ready) return;
    return this.load()
      .then(() => this.emit('playing'))
      .catch(() => this.emit('blocked'));
  }

  preview(): Promise<void> | undefined {
    if (!this.ready) return undefined;
    return this.load().then(
      () => this.emit('preview'),
      () => this.emit('blocked'),
    );
  }

  seek(position: number): Promise<void> | undefined {
    if (!this.ready) return;
    if (position === 0) return this.load().then(() => this.emit('start'));
    return this.load().catch(() => this.emit('blocked'));
  }

  private load(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 10));
  }

  private emit(state: string): void {
    for (const listener of this.listeners) listener(state);
  }
}
