import { EventEmitter } from 'node:events';

class SessionView {
  readonly session: EventEmitter;

  constructor(session: EventEmitter) {
    this.session = session;
  }
}

// One prompt per 'prompted' event, each listening to the one shared session: they pile up.
class DevicePrompt extends SessionView {
  devices: string[] = [];

  constructor(session: EventEmitter) {
    super(session);
    this.session.on('devices', (devices: string[]) => {
      this.devices = devices;
    });
  }
}

export class PromptManager {
  #prompts: DevicePrompt[] = [];

  constructor(private readonly session: EventEmitter) {}

  watch(): void {
    this.session.once('prompted', () => {
      this.#prompts.push(new DevicePrompt(this.session));
    });
  }
}
