import { Injectable, OnApplicationShutdown } from '@nestjs/common';

@Injectable()
export class HeartbeatService implements OnApplicationShutdown {
  private beating?: ReturnType<typeof setInterval>;

  start(): void {
    this.beating = setInterval(() => this.beat(), 30_000);
  }

  onApplicationShutdown(): void {
    clearInterval(this.beating);
  }

  private beat(): void {}
}
