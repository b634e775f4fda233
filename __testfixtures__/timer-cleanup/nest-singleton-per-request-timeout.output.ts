import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';

const POLL_INTERVAL = 30_000;

@Controller()
export class PollController {
  private readonly waiting = new Set<Response>();
  private intervalId?: ReturnType<typeof setInterval>;

  onModuleInit() {
    // Still a fix: started once per instance, it runs until the instance's teardown hook.
    this.intervalId = setInterval(() => this.waiting.forEach((res) => res.write(' ')), 5_000);
  }

  onModuleDestroy() {
    clearInterval(this.intervalId);
  }

  @Get('/poll')
  poll(@Res() res: Response) {
    this.waiting.add(res);
    res.on('close', () => this.waiting.delete(res));
    // Low, no fix: one timer per request of a controller that lives as long as the app; it fires
    // once and is gone, and an array of handles kept for onModuleDestroy() would grow per request.
    setTimeout(() => {
      if (!res.headersSent) res.send({ status: 'refresh' });
    }, POLL_INTERVAL);
  }
}
