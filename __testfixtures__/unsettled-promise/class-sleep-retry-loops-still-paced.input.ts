import { Component, type OnInit } from '@angular/core';

interface Feed {
  open(): Promise<string>;
}

const MAX_POLLS = 100;

/** Loops whose rounds a sleep paces with no fixed end: the owner's controller is still offered. */
@Component({ selector: 'app-feed-poller', template: '{{ status }}' })
export class FeedPollerComponent implements OnInit {
  status = '';
  stopped = false;
  private readonly limit: number;

  constructor(private readonly feed: Feed, limit: number) {
    this.limit = limit;
  }

  async ngOnInit(): Promise<void> {
    // Counted, but the sleep paces every round, not only the failed ones.
    for (let poll = 0; poll < MAX_POLLS; poll++) {
      this.status = await this.feed.open();
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }

  async reconnect(): Promise<void> {
    // Retries until stopped: no count ends it.
    while (!this.stopped) {
      try {
        this.status = await this.feed.open();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  async retryUpToLimit(): Promise<void> {
    // The bound is set at run time: nothing in the code says it is small.
    for (let attempt = 0; attempt < this.limit; attempt++) {
      try {
        this.status = await this.feed.open();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  async retryForEver(): Promise<void> {
    // A counted retry inside a loop with no end: the retries start over, round after round.
    while (true) {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          this.status = await this.feed.open();
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
      await this.feed.open();
    }
  }
}
