// A member assignment may run a setter that throws: the flag set on `this` does not make the
// method's promise one that cannot reject, so the dropped call stays a finding.
export class Editor {
  private busyState = false;

  get busy(): boolean {
    return this.busyState;
  }

  set busy(value: boolean) {
    if (value && this.busyState) throw new Error('already busy');
    this.busyState = value;
  }

  async #save(): Promise<void> {
    this.busy = true;
    try {
      await Promise.resolve();
    } catch {
      // best effort
    }
    this.busy = false;
  }

  onBlur(): void {
    void this.#save().catch((error) => console.error(error));
  }
}
