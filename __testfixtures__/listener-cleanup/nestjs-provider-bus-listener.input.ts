import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

@Injectable()
export class RelayService {
  constructor(private readonly hub: EventEmitter) {
    this.hub.on('relay', (payload: string) => this.forward(payload));
  }

  private forward(_payload: string): void {}
}
