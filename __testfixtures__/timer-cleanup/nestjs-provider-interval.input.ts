import { Injectable } from '@nestjs/common';

@Injectable()
export class HeartbeatService {
  start(): void {
    setInterval(() => this.beat(), 30_000);
  }

  private beat(): void {}
}
