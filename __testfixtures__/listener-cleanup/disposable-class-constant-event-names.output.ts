import { EventEmitter } from 'node:events';

export const ApiEvent = {
  REGISTER_ACCESSORY: 'registerAccessory',
  USER_LOGIN: 'userLogin',
} as const;

// Handlers hoisted for events named by constants get names from the constants.
export class AccessoryRegistry {
  private readonly names: string[] = [];

  private readonly boundHandleRegisterAccessory = this.handleRegisterAccessory.bind(this);

  private readonly handleUserLogin = (user: string) => this.names.push(user);

  private readonly handleShutdown = () => this.names.splice(0);

  constructor(private readonly api: EventEmitter) {
    this.api.on(ApiEvent.REGISTER_ACCESSORY, this.boundHandleRegisterAccessory);
    this.api.on(ApiEvent.USER_LOGIN, this.handleUserLogin);
    this.api.on('shutdown', this.handleShutdown);
  }

  handleRegisterAccessory(name: string): void {
    this.names.push(name);
  }

  dispose(): void {
    this.names.length = 0;
    this.api.off(ApiEvent.REGISTER_ACCESSORY, this.boundHandleRegisterAccessory);
    this.api.off(ApiEvent.USER_LOGIN, this.handleUserLogin);
    this.api.off('shutdown', this.handleShutdown);
  }
}
