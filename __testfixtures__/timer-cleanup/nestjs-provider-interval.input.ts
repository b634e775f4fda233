import { Injectable, OnModuleInit } from '@nestjs/common';

@Injectable()
export class HeartbeatService implements OnModuleInit {
  onModuleInit(): void {
    setInterval(() => this.beat(), 30_000);
  }

  handleLogout(sessionId: string): void {
    setTimeout(() => this.notify(sessionId), 500);
  }

  private beat(): void {}

  private notify(_sessionId: string): void {}
}
