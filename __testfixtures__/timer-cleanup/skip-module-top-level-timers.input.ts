import { setInterval as every } from 'node:timers';

setInterval(() => console.log('still alive'), 60_000);
every(() => console.log('gc'), 30_000);
const warmup = setTimeout(() => console.log('warm'), 100);

class Registry {
  static sweeper = setInterval(() => Registry.sweep(), 5_000);
  static sweep(): void {}
}

export { warmup, Registry };
