import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'events';
import { Readable } from 'stream';

const bus = new EventEmitter();

@Injectable()
export class ExportService {
  private readonly removeListeners: (() => void)[] = [];

  onModuleInit() {
    // Still a fix: once per instance, each removal kept for the teardown hook.
    for (const topic of ['created', 'deleted']) {
      const handler = (id: string) => this.log(topic, id);
      bus.on(topic, handler);
      this.removeListeners.push(() => bus.off(topic, handler));
    }
  }

  onModuleDestroy() {
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }

  async exportAll(models: { id: string }[], combined: Readable) {
    for (const model of models) {
      const links = new Readable({ read() {} });
      // No fix: a call per request of a service that lives as long as the app; an array of
      // removals kept for onModuleDestroy() would hold every call's streams until the app closes.
      const done = new Promise((resolve) => {
        links.on('end', () => {
          combined.push('\r\n');
          resolve(null);
        });
      });
      this.fill(model.id, links);
      await done;
    }
  }

  private fill(_id: string, _links: Readable) {}

  private log(_topic: string, _id: string) {}
}
