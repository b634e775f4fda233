// The same getter, but the connection can be dropped: after `closeFeed()` the next call makes
// a new one and adds another listener, while the first still runs. A finding.
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

export function closeFeed(): void {
  feed = null;
}
