// The same dispatcher where the collection only grows: nothing takes a client out, so every
// client made, and its listener, stays reachable from the dispatcher.
class Agent {
  constructor(factory) {
    this.factory = factory;
    this.clients = new Map();
  }

  get(origin) {
    const client = this.factory(origin);
    client.on('disconnect', () => this.emit('disconnect', origin));
    this.clients.set(origin, client);
    return client;
  }

  emit(event, origin) {
    console.log(event, origin);
  }
}

module.exports = { Agent };
