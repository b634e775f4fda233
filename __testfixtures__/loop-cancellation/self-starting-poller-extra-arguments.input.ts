const seen = new Map<string, number>();

// Refreshes one feed, then schedules the next round with the next attempt number.
export async function refreshFeed(feedId: string, attempt: number): Promise<void> {
  seen.set(feedId, attempt);
  setTimeout(refreshFeed, 30_000, feedId, attempt + 1);
}
