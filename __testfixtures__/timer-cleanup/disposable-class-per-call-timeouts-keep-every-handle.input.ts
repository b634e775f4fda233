// Every schedule() call sets up its own delayed delivery: several are pending at once, so one
// field would cancel only the latest in close() and the earlier ones would still deliver after it.
export class Mailbox {
  private readonly delivered: string[] = [];

  schedule(letter: string, delayMs: number): void {
    const stamped = `${Date.now()}:${letter}`;
    const deliver = () => {
      this.delivered.push(stamped);
    };
    setTimeout(deliver, delayMs);
  }

  remind(note: () => void): void {
    setTimeout(note, 5_000);
  }

  close(): void {
    this.delivered.length = 0;
  }
}
