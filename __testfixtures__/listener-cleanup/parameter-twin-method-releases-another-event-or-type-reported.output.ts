import { EventEmitter } from 'node:events';

class Device extends EventEmitter {}
class Sensor extends EventEmitter {}

// The twin removes only 'offline': the 'online' listener stays.
export class Hub extends EventEmitter {
  public destroy(): void {
    this.removeAllListeners();
  }

  public add(device: Device): void {
    this.attach(device);
  }

  public remove(device: Device): void {
    this.detach(device);
  }

  private attach(device: Device): void {
    device.on('online', () => this.emit('device online', device));
    device.on('offline', () => this.emit('device offline', device));
  }

  private detach(device: Device): void {
    device.removeAllListeners('offline');
  }
}

// The twin clears a parameter of another type: the device keeps its listener.
export class Board extends EventEmitter {
  public destroy(): void {
    this.removeAllListeners();
  }

  public add(device: Device, sensor: Sensor): void {
    this.attach(device);
    this.detach(sensor);
  }

  private attach(device: Device): void {
    device.on('online', () => this.emit('device online', device));
  }

  private detach(sensor: Sensor): void {
    sensor.removeAllListeners();
  }
}

// The twin is never called: nothing removes the listener.
export class Rack extends EventEmitter {
  public destroy(): void {
    this.removeAllListeners();
  }

  public add(device: Device): void {
    this.attach(device);
  }

  private attach(device: Device): void {
    device.on('online', () => this.emit('device online', device));
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
