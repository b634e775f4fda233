/** A grip put into the slider's own frame is still reported (low confidence); the badge put into the page stays medium. */
export class Slider {
  private readonly frame: HTMLElement = document.createElement('div');
  constructor(private readonly makeGrip?: (side: string) => HTMLElement) {}
  mount(sides: string[]): void {
    for (const side of sides) {
      let grip: HTMLElement;
      if (this.makeGrip) grip = this.makeGrip(side);
      else grip = document.createElement('span');
      grip.addEventListener('pointerdown', () => this.drag(side));
      this.frame.appendChild(grip);
    }
    const badge = document.createElement('b');
    badge.addEventListener('click', () => this.drag('badge'));
    document.body.append(badge);
    this.frame.addEventListener('wheel', () => this.drag('wheel'));
  }
  private drag(side: string): void {
    console.log(side);
  }
  destroy(): void {
    this.frame.remove();
  }
}

