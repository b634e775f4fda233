// A dispatcher makes a client per origin, keeps it in a collection on itself and takes it out
// again (and closes it): the handler holds the dispatcher, which holds the client anyway while it
// is in the collection; taken out, the client and its listeners go together.
class Agent {
  constructor(factory) {
    this.factory = factory;
    this.clients = new Map();
  }

  get(origin) {
    let client = this.clients.get(origin);
    if (!client) {
      client = this.factory(origin)
        .on('connect', () => this.emit('connect', origin))
        .on('disconnect', () => this.drop(origin));
      this.clients.set(origin, { count: 0, client });
    }
    return client;
  }

  drop(origin) {
    const entry = this.clients.get(origin);
    this.clients.delete(origin);
    entry.client.close();
  }

  emit(event, origin) {
    console.log(event, origin);
  }
}

const kAdd = Symbol('add');
const kRemove = Symbol('remove');

class Balancer extends Base {
  addUpstream(origin) {
    const pool = new Pool(origin);
    this[kAdd](pool);
    pool.on('connectionError', () => this.penalise(pool));
    return this;
  }

  removeUpstream(pool) {
    this[kRemove](pool);
  }

  penalise(pool) {
    console.log(pool);
  }
}

class Server {
  constructor() {
    this.sockets = [];
  }

  accept(raw) {
    const socket = new Socket(raw);
    this.sockets.push(socket);
    socket.on('close', () => {
      this.sockets = this.sockets.filter((other) => other !== socket);
    });
  }
}

module.exports = { Agent, Balancer, Server, kAdd, kRemove };
