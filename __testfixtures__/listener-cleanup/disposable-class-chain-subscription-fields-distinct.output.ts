import { interval } from 'rxjs';
import { BaseSession } from './session';

// A base and the class that extends it, in one file: a `private subscription` in both would be
// TS2415 (and one `this.subscription` at run time), so the subclass's field gets another name.
export class BaseTab {
  protected count = 0;
  private subscription?: { unsubscribe: () => void };

  activate(): void {
    this.subscription = interval(1000).subscribe(() => this.count++);
  }

  destroy(): void {
    this.subscription?.unsubscribe();
  }
}

export class SplitTab extends BaseTab {
  private subscription2?: { unsubscribe: () => void };

  split(): void {
    this.subscription2 = interval(500).subscribe(() => this.count--);
  }

  destroy(): void {
    super.destroy();
    this.subscription2?.unsubscribe();
  }
}

// A base of another file may get its own `private subscription` from its own fix: the field is
// made this class's own.
export class ShellSession extends BaseSession {
  private received = 0;
  private shellSessionSubscription?: { unsubscribe: () => void };

  start(): void {
    this.shellSessionSubscription = interval(250).subscribe(() => this.received++);
  }

  destroy(): void {
    this.shellSessionSubscription?.unsubscribe();
  }
}
