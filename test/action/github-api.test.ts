/**
 * The Action's GitHub client: list endpoints read page after page (Link header, or page=N until
 * a short page), stop at the cap, and never send the token to another origin a Link names.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, MAX_PAGES, nextLink, PER_PAGE } from '../../src/action/run-action';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server that answers every GET with `answer(url)`: a JSON body and headers. */
async function serve(answer: (url: URL, origin: string) => { body: unknown; headers?: Record<string, string> }) {
  const requests: { url: string; authorization: string | undefined }[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url!, authorization: req.headers.authorization });
    const { body, headers = {} } = answer(new URL(req.url!, origin), origin);
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests };
}

const fullPage = (page: number) => Array.from({ length: PER_PAGE }, (_, i) => ({ id: page * PER_PAGE + i }));

describe('createApi(…).list', () => {
  it(`stops after ${MAX_PAGES} pages of an endless listing and says it is incomplete`, async () => {
    const { origin, requests } = await serve((url, base) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      return { body: fullPage(page), headers: { link: `<${base}/items?per_page=${PER_PAGE}&page=${page + 1}>; rel="next"` } };
    });
    const listing = await createApi(origin, 'token', 5_000).list<{ id: number }>('/items');
    expect(requests).toHaveLength(MAX_PAGES);
    expect(listing.items).toHaveLength(MAX_PAGES * PER_PAGE);
    expect(listing.complete).toBe(false);
  });

  it('does not follow a next link to another origin (the token would go there)', async () => {
    const elsewhere = await serve(() => ({ body: [] }));
    const { origin, requests } = await serve(() => ({ body: fullPage(1), headers: { link: `<${elsewhere.origin}/items?page=2>; rel="next"` } }));
    const listing = await createApi(origin, 'token', 5_000).list('/items');
    expect(requests).toHaveLength(1);
    expect(elsewhere.requests).toEqual([]);
    expect(listing).toMatchObject({ complete: false });
    expect(listing.items).toHaveLength(PER_PAGE);
  });

  it('a Link header without rel="next" is the last page, even a full one; the token goes with every page', async () => {
    const { origin, requests } = await serve((url, base) => {
      const page = Number(url.searchParams.get('page') ?? 1);
      const next = page < 2 ? `<${base}/items?per_page=${PER_PAGE}&page=2>; rel="next", ` : '';
      return { body: fullPage(page), headers: { link: `${next}<${base}/items?per_page=${PER_PAGE}&page=2>; rel="last"` } };
    });
    const listing = await createApi(origin, 'token', 5_000).list('/items?state=all');
    expect(requests.map((request) => request.url)).toEqual([`/items?state=all&per_page=${PER_PAGE}`, `/items?per_page=${PER_PAGE}&page=2`]);
    expect(requests.every((request) => request.authorization === 'Bearer token')).toBe(true);
    expect(listing).toMatchObject({ complete: true });
    expect(listing.items).toHaveLength(2 * PER_PAGE);
  });

  it('without a Link header, a full last page costs one more request, for the empty page after it', async () => {
    const { origin, requests } = await serve((url) => ({ body: Number(url.searchParams.get('page') ?? 1) === 1 ? fullPage(1) : [] }));
    const listing = await createApi(origin, 'token', 5_000).list('/items');
    expect(requests.map((request) => request.url)).toEqual([`/items?per_page=${PER_PAGE}`, `/items?per_page=${PER_PAGE}&page=2`]);
    expect(listing).toMatchObject({ complete: true });
  });
});

describe('nextLink', () => {
  it('finds rel="next" among the links of a Link header, in any order and quoting', () => {
    expect(nextLink('<https://api.github.com/r?page=2>; rel="next", <https://api.github.com/r?page=5>; rel="last"')).toBe('https://api.github.com/r?page=2');
    expect(nextLink('<https://x/r?page=1>; rel="prev", <https://x/r?page=3>; rel=next')).toBe('https://x/r?page=3');
    expect(nextLink('<https://x/r?page=3>; title="n"; rel="last next"')).toBe('https://x/r?page=3');
  });

  it('is null on the last page (no rel="next"), and for a rel that only contains the word', () => {
    expect(nextLink('<https://x/r?page=1>; rel="first", <https://x/r?page=1>; rel="prev"')).toBeNull();
    expect(nextLink('<https://x/r?page=2>; rel="nextpage"')).toBeNull();
    expect(nextLink('')).toBeNull();
  });
});
