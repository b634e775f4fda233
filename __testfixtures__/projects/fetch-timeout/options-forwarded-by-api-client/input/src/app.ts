import { getJson } from './api/get-json';
import { fetchFeed } from './api/feed';

export async function start(configUrl: string, feedUrl: string) {
  const config = await getJson(configUrl);
  await getJson(config.statusUrl, { method: 'POST', body: JSON.stringify({ started: true }) });
  return fetchFeed(feedUrl);
}
