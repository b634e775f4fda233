import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { describeEdgeFunction } from './edge-function';

const edge = (code: string) => describeEdgeFunction(parseSnippet(code).call('fetch'));

describe('describeEdgeFunction', () => {
  it("reads a Pages Function's exported handlers and the platform's types", () => {
    expect(edge('export const onRequest = async ({ request }) => fetch(request.url);')).toBe('it exports `onRequest`');
    expect(edge('export async function onRequestPost(context) { return fetch("https://a.example"); }')).toBe('it exports `onRequestPost`');
    expect(edge('const handler = (c) => fetch(c.request.url);\nexport { handler as onRequestGet };')).toBe('it exports `onRequestGet`');
    expect(edge('const proxy: PagesFunction = (c) => fetch(c.request.url);\nexport default proxy;')).toBe('it names the type `PagesFunction`');
    expect(edge('export default { fetch: (request: Request) => fetch(request.url) } satisfies ExportedHandler<Env>;')).toBe('it names the type `ExportedHandler`');
    expect(edge("import type { PagesFunction } from '@cloudflare/workers-types';\nexport const proxy: PagesFunction = (c) => fetch(c.request.url);")).toBe('it names the type `PagesFunction`');
  });

  it('is null for other handlers, names that only start alike, non-functions, or a type of the file', () => {
    expect(edge('export async function POST(request: Request) { return fetch("https://a.example"); }')).toBeNull();
    expect(edge('export const onRequestHandler = () => fetch("/a");')).toBeNull();
    expect(edge('export const onRequest = 1;\nexport const load = () => fetch("/a");')).toBeNull();
    expect(edge('interface EventContext { url: string }\nexport const load = (c: EventContext) => fetch(c.url);')).toBeNull();
    expect(edge("import { EventContext } from './events';\nexport const load = (c: EventContext) => fetch(c.url);")).toBeNull();
  });
});
