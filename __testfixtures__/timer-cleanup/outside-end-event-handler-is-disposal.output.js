// A method handed to an event that comes once, or that ends the process or page, is still the
// instance's end: the timer it leaves running is cleared there.
export class Server {
  start() {
    this.timer = setInterval(() => this.sweep(), 60000);
    process.once('SIGTERM', () => this.close());
  }

  sweep() {}

  close() {
    console.log('closing');
    clearInterval(this.timer);
  }
}

export class Poller {
  start() {
    this.timer = setInterval(() => this.poll(), 1000);
    window.addEventListener('pagehide', () => this.destroy(), { once: true });
  }

  poll() {}

  destroy() {
    console.log('bye');
    clearInterval(this.timer);
  }
}

// Written with an optional chain, the app's recurring "disconnect" is still no end of the class.
export class AppEvents {
  register() {
    window.bridge?.on('disconnect', this.disconnect.bind(this));
    this.timer = setInterval(() => this.ping(), 1000);
  }

  ping() {}

  disconnect() {
    console.log('database disconnected');
  }
}
