import { EventEmitter } from 'node:events';

class Device extends EventEmitter {}

// `detach(device)` is the twin of `attach(device)`: it removes every listener of the device and
// runs when a device goes away.
export class Hub extends EventEmitter {
  public destroy(): void {
    this.removeAllListeners();
  }

  private readonly devices = new Map<number, Device>();

  public add(id: number, device: Device): void {
    this.devices.set(id, device);
    this.attach(device);
  }

  public remove(id: number): void {
    const device = this.devices.get(id);
    if (!device) return;
    this.detach(device);
    this.devices.delete(id);
  }

  private attach(device: Device): void {
    device.on('online', () => this.emit('device online', device)).on('offline', () => this.emit('device offline', device));
    for (const event of ['update', 'error'] as const) {
      device.on(event, (...args: unknown[]) => {
        this.emit(`device ${event}`, ...args);
      });
    }
  }

  private detach(device: Device): void {
    device.removeAllListeners();
  }
}
