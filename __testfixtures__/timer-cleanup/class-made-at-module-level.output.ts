// Classes the module makes once. The constructor of the one instance runs once, while the module
// loads: process lifetime by intent, not a finding. A method may be called again by code
// elsewhere, so a timer there stays a finding, with medium confidence.
class Clock {
  private readonly id: ReturnType<typeof setInterval>;
  now = Date.now();

  constructor() {
    this.id = setInterval(() => {
      this.now = Date.now();
    }, 1000);
  }
}

const clock = new Clock();
export default clock;

class CheckVersion {
  latest = '';

  async startInterval(): Promise<void> {
    setInterval(() => {
      void this.check();
    }, 60_000);
  }

  private async check(): Promise<void> {
    this.latest = 'v1';
  }
}

export const checkVersion = new CheckVersion();

// The real leak next to it: a class made at every request, whose interval nothing clears.
class Poller {
  constructor() {
    setInterval(() => console.log('poll'), 5000);
  }
}

export function listen(server: { on(event: 'request', handler: () => void): void }): void {
  server.on('request', () => {
    new Poller();
  });
}
