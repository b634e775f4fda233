import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

@Injectable()
export class RelayService {
  private readonly handleRelay = (payload: string) => this.forward(payload);
  constructor(private readonly hub: EventEmitter) {
    this.hub.on('relay', this.handleRelay);
  }

  onModuleDestroy() {
    this.hub.off('relay', this.handleRelay);
  }

  private forward(_payload: string): void {}
}
