import { EventEmitter } from 'node:events';

export const ApiEvent = {
  REGISTER_ACCESSORY: 'registerAccessory',
  USER_LOGIN: 'userLogin',
} as const;

// Handlers hoisted for events named by constants get names from the constants.
export class AccessoryRegistry {
  private readonly names: string[] = [];

  constructor(private readonly api: EventEmitter) {
    this.api.on(ApiEvent.REGISTER_ACCESSORY, this.handleRegisterAccessory.bind(this));
    this.api.on(ApiEvent.USER_LOGIN, (user: string) => this.names.push(user));
    this.api.on('shutdown', () => this.names.splice(0));
  }

  handleRegisterAccessory(name: string): void {
    this.names.push(name);
  }

  dispose(): void {
    this.names.length = 0;
  }
}
