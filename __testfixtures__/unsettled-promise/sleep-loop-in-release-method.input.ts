import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';

@Injectable()
export class SchedulerService implements OnModuleInit, OnApplicationShutdown {
  private runningTasks = 0;
  private polling = true;

  async onModuleInit() {
    // A polling loop of the instance's life: its sleep goes on after the instance is shut down.
    while (this.polling) {
      await this.tick();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  async onApplicationShutdown() {
    this.polling = false;
    // The shutdown hook itself waits for the running tasks: the owner's end, nothing outlives it.
    const start = Date.now();
    while (this.runningTasks > 0 && Date.now() - start < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async tick() {
    this.runningTasks++;
    this.runningTasks--;
  }
}
