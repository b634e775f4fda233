// The callback reads only the instance: one action of the object, not work each call brings.
// One field and a clear in destroy() (auto).
export class Beacon {
  private lit = false;

  flash(times: number): void {
    this.lit = times > 0;
    setTimeout(() => {
      this.lit = false;
    }, 300);
  }

  destroy(): void {
    this.lit = false;
  }
}
