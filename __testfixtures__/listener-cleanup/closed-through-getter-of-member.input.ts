import { EventEmitter } from 'node:events';

class Controller extends EventEmitter {}

class Driver extends EventEmitter {
  readonly controller = new Controller();
  async destroy(): Promise<void> {
    this.removeAllListeners();
  }
}

// `this.driver` is a getter that returns `this._driver`, which close() destroys: the controller
// is a part of the driver, and its listeners go with it.
export class Client extends EventEmitter {
  private _driver: Driver | null = null;

  get driver(): Driver | null {
    return this._driver;
  }

  connect(): void {
    this._driver = new Driver();
    this._driver.on('ready', () => this.onReady());
  }

  private onReady(): void {
    this.driver!.controller.on('node added', () => {
      this.emit('changed');
    });
  }

  async close(): Promise<void> {
    if (this._driver) {
      await this._driver.destroy();
      this._driver = null;
    }
  }
}

// Still a finding: the getter returns another member than the one close() destroys.
export class OtherClient extends EventEmitter {
  private _driver: Driver | null = null;
  private _spare: Driver = new Driver();

  get driver(): Driver {
    return this._spare;
  }

  connect(): void {
    this._driver = new Driver();
    this.driver.controller.on('node added', () => {
      this.emit('changed');
    });
  }

  async close(): Promise<void> {
    await this._driver?.destroy();
  }
}
