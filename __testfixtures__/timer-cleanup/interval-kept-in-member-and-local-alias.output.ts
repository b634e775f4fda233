// `this.poll = id = setInterval(…)`: the field keeps the interval past start();
// the local is only an alias. The fix clears the field, with no second field.
export class StatusPoller {
  private poll?: ReturnType<typeof setInterval>;

  start(check: () => void): void {
    let id: ReturnType<typeof setInterval>;
    this.poll = id = setInterval(check, 5000);
    console.debug('polling', id);
  }

  dispose(): void {
    console.debug('disposed');
    clearInterval(this.poll);
  }
}
