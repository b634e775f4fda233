// A widget client's readiness latches: the constructor waits once for its host's 'ready'
// handshake and first state update, and keeps the promises for the methods that await them
// (report-only, medium: what they hold lives as long as the client; whether the host answers is
// the host's code).
import { EventEmitter } from 'events';

export class WidgetClient {
  private readonly ready: Promise<void>;
  private readonly synced: Promise<void>;

  constructor(private readonly host: EventEmitter, readsState: boolean) {
    this.ready = new Promise<void>((resolve) => this.host.once('ready', resolve));
    this.synced = readsState ? new Promise<void>((resolve) => this.host.once('state', resolve)) : Promise.resolve();
  }

  async start(): Promise<void> {
    await this.ready;
    await this.synced;
  }

  // The real leak next to it: a wait made at every call (high).
  async nextMessage(): Promise<unknown> {
    return new Promise((resolve) => this.host.once('message', resolve));
  }
}

// Also high: a constructor's wait on an emitter every instance shares (a wait per job, not the
// instance's own latch).
export const jobs = new EventEmitter();

export class Job {
  readonly done: Promise<void>;

  constructor(readonly id: string) {
    this.done = new Promise<void>((resolve) => jobs.once(`done:${id}`, resolve));
  }
}
