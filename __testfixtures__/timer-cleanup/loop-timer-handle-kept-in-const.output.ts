import { onMounted, onBeforeUnmount } from 'vue';

type Feed = { id: string; poll(): void };

export function useFeeds(feeds: Feed[]) {
  const intervalIds: ReturnType<typeof setInterval>[] = [];
  onMounted(() => {
    for (const feed of feeds) {
      // the handle is logged, so it stays in its const
      const timer = setInterval(() => feed.poll(), 10_000);
      intervalIds.push(timer);
      console.debug('polling', feed.id, timer);
    }
  });
  onBeforeUnmount(() => {
    for (const intervalId of intervalIds) clearInterval(intervalId);
  });
}

export class Poller {
  private readonly intervalIds: ReturnType<typeof setInterval>[] = [];

  constructor(private readonly feeds: Feed[]) {}

  start() {
    this.feeds.forEach((feed) => {
      const timer = setInterval(() => feed.poll(), 10_000);
      this.intervalIds.push(timer);
      console.debug('polling', feed.id, timer);
    });
  }

  dispose() {
    console.debug('disposed');
    for (const intervalId of this.intervalIds.splice(0)) clearInterval(intervalId);
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
