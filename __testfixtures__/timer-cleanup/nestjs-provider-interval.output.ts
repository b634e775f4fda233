import { Injectable, OnModuleInit } from '@nestjs/common';

@Injectable()
export class HeartbeatService implements OnModuleInit {
  private intervalId?: ReturnType<typeof setInterval>;

  onModuleInit(): void {
    this.intervalId = setInterval(() => this.beat(), 30_000);
  }

  onModuleDestroy(): void {
    clearInterval(this.intervalId);
  }

  handleLogout(sessionId: string): void {
    setTimeout(() => this.notify(sessionId), 500);
  }

  private beat(): void {}

  private notify(_sessionId: string): void {}
}
