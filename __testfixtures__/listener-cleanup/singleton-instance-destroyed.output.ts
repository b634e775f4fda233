import { EventEmitter } from 'node:events';

class DecryptionWorker extends EventEmitter {
  private static instance_: DecryptionWorker | null = null;
  static instance(): DecryptionWorker {
    if (!this.instance_) this.instance_ = new DecryptionWorker();
    return this.instance_;
  }
  destroy(): void {
    this.removeAllListeners();
    DecryptionWorker.instance_ = null;
  }
}

// destroy() ends the worker's one instance, with what listens on it.
export class Application {
  private onDecrypted = (): void => {};

  start(): void {
    DecryptionWorker.instance().on('decrypted', this.onDecrypted);
  }

  destroy(): void {
    DecryptionWorker.instance().destroy();
  }
}

// Still a finding: this view's destroy() leaves the worker running.
export class NoteView {
  private onDecrypted = (): void => {};

  mount(): void {
    DecryptionWorker.instance().on('decrypted', this.onDecrypted);
  }

  destroy(): void {}
}
