import { Component, type OnInit } from '@angular/core';

interface Feed {
  connected: boolean;
  open(): Promise<string>;
}

const MAX_OPEN_TRIES = 4;

/** Retries opening the feed a fixed number of times: the loop stops by itself (low confidence). */
@Component({ selector: 'app-feed-status', template: '{{ status }}' })
export class FeedStatusComponent implements OnInit {
  status = '';
  private readonly backoffMs = 250;

  constructor(private readonly feed: Feed) {}

  async ngOnInit(): Promise<void> {
    for (let round = 0; round < MAX_OPEN_TRIES; round++) {
      try {
        this.status = await this.feed.open();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, this.backoffMs * (round + 1)));
      }
    }
  }
}
