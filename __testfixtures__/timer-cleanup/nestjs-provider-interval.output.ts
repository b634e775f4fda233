import { Injectable } from '@nestjs/common';

@Injectable()
export class HeartbeatService {
  private intervalId?: ReturnType<typeof setInterval>;

  start(): void {
    this.intervalId = setInterval(() => this.beat(), 30_000);
  }

  onModuleDestroy() {
    clearInterval(this.intervalId);
  }

  private beat(): void {}
}
