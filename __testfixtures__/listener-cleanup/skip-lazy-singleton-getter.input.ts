// A lazy singleton's getter: the first call makes the connection and sets up what goes with it;
// every later call returns early with it. The listener is added once, for the page's lifetime.
class Feed {
  constructor(readonly url: string) {}
  refresh(): void {}
}

let feed: Feed | null = null;

export function useFeed(): Feed {
  if (feed) return feed;
  feed = new Feed('/feed');
  document.addEventListener('visibilitychange', () => {
    if (feed && document.visibilityState === 'visible') feed.refresh();
  });
  return feed;
}
