import { onMounted } from 'vue';

type Feed = { id: string; poll(): void };

export function useFeeds(feeds: Feed[]) {
  onMounted(() => {
    for (const feed of feeds) {
      // the handle is logged, so it stays in its const
      const timer = setInterval(() => feed.poll(), 10_000);
      console.debug('polling', feed.id, timer);
    }
  });
}

export class Poller {
  constructor(private readonly feeds: Feed[]) {}

  start() {
    this.feeds.forEach((feed) => {
      const timer = setInterval(() => feed.poll(), 10_000);
      console.debug('polling', feed.id, timer);
    });
  }

  dispose() {
    console.debug('disposed');
  }
}

// Not rewritten: a `let` may be given another handle later, which the array would not hold.
export function useRestarting(feeds: Feed[]) {
  onMounted(() => {
    for (const feed of feeds) {
      let timer = setInterval(() => feed.poll(), 10_000);
      console.debug('polling', feed.id, timer);
    }
  });
}
