import { EventEmitter } from 'node:events';

const NODE_EVENTS = ['wake up', 'sleep'];

// bindNode() runs once per node the client is handed, each time on another emitter: an array of
// removals kept until close() would hold every node ever bound. Report-only (low), as the
// registration outside the loop is.
export class NodeClient extends EventEmitter {
  addNode(node: EventEmitter): void {
    this.bindNode(node);
  }

  private bindNode(node: EventEmitter): void {
    for (const event of NODE_EVENTS) {
      node.on(event, () => this.emit('node event', event));
    }
    node.on('ready', () => this.emit('node ready'));
  }

  close(): void {
    this.removeAllListeners();
  }
}

// Still fixed: the loop's own items, and a constructor's emitter (once per instance).
export class GroupClient extends EventEmitter {
  private readonly nodes: EventEmitter[] = [new EventEmitter(), new EventEmitter()];

  constructor(private readonly bus: EventEmitter) {
    super();
    for (const event of NODE_EVENTS) {
      bus.on(event, () => this.emit('bus event', event));
    }
  }

  start(): void {
    this.nodes.forEach((node) => {
      node.on('ready', () => this.emit('node ready'));
    });
  }

  close(): void {
    this.removeAllListeners();
  }
}
