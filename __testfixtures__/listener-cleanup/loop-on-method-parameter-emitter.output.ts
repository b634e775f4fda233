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
  private readonly removeListeners: (() => void)[] = [];

  constructor(private readonly bus: EventEmitter) {
    super();
    for (const event of NODE_EVENTS) {
      const handler = () => this.emit('bus event', event);
      bus.on(event, handler);
      this.removeListeners.push(() => bus.off(event, handler));
    }
  }

  start(): void {
    this.nodes.forEach((node) => {
      const handleReady = () => this.emit('node ready');
      node.on('ready', handleReady);
      this.removeListeners.push(() => node.off('ready', handleReady));
    });
  }

  close(): void {
    this.removeAllListeners();
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }
}
